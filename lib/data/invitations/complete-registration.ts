import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { hashPassword } from "../../auth/password";
import { checkNewPassword } from "../../auth/password-policy";
import { localeToDb } from "../../i18n/locales";
import type { Msg } from "../../i18n/message-key";
import { newPasswordInput } from "../../validation/new-password";
import { completeRegistrationTokenInput } from "../../validation/registration";
import { findInvitation } from "./find-invitation";
import { notifyBroker } from "./notify-broker";
import { registrationRefusal, STALE_STEP, type RegistrationScope } from "./registration-guard";
import { refuse, type InvitationResult } from "./result";

/**
 * Step 3: sets the password and activates the account. The invitation is closed with a
 * conditional update, so the link works exactly once even when submitted twice in parallel.
 * Returns the e-mail the browser signs in with.
 */
export async function completeRegistration(
  scope: RegistrationScope & { password: unknown; passwordRepeat: unknown },
): Promise<InvitationResult<{ email: string }>> {
  const token = completeRegistrationTokenInput.safeParse({ token: scope.token });
  if (!token.success) return refuse("onboarding.validation.linkInvalid");
  const passwords = newPasswordInput.safeParse({ password: scope.password, passwordRepeat: scope.passwordRepeat });
  if (!passwords.success) {
    // zod messages are catalog keys (lib/validation/new-password.ts)
    const fieldErrors: Record<string, Msg> = {};
    for (const issue of passwords.error.issues) {
      const field = String(issue.path[0] ?? "password");
      fieldErrors[field] ??= issue.message as Msg;
    }
    return refuse(Object.values(fieldErrors)[0] ?? "common.errors.checkInput", { fieldErrors });
  }

  const found = await findInvitation(db, { tenantId: scope.tenantId, token: token.data.token });
  const refusal = registrationRefusal(found, "PASSWORD");
  if (refusal || found.state !== "open") return refuse(refusal ?? STALE_STEP);
  const { invitation } = found;
  const user = invitation.user;

  const policy = checkNewPassword(passwords.data.password, {
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
  });
  if (!policy.ok) return refuse(policy.message, { fieldErrors: { password: policy.message } });
  // Argon2 takes a moment; hash before the transaction so it does not hold row locks meanwhile.
  const passwordHash = await hashPassword(passwords.data.password);

  return db.$transaction(async (tx) => {
    const at = now();
    const closed = await tx.invitation.updateMany({
      where: { id: invitation.id, step: "PASSWORD", acceptedAt: null, revokedAt: null, expiresAt: { gt: at } },
      data: { step: "DONE", acceptedAt: at },
    });
    if (closed.count === 0) return refuse("onboarding.errors.invitationClosed");
    const activated = await tx.user.updateMany({
      where: { id: user.id, tenantId: invitation.tenantId, status: "INVITED" },
      data: {
        passwordHash,
        status: "ACTIVE",
        failedLoginCount: 0,
        lockedUntil: null,
        // The language they registered in is the one they read: notices, resets and SMS follow it.
        ...(scope.locale ? { locale: localeToDb(scope.locale) } : {}),
      },
    });
    if (activated.count === 0) throw new Error("invited account vanished during registration");
    // Both codes were confirmed in steps 1 and 2; keep the earliest confirmation time.
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: at } });
    await tx.user.updateMany({ where: { id: user.id, phoneVerifiedAt: null }, data: { phoneVerifiedAt: at } });

    const name = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;
    const isStaff = invitation.kind === "STAFF";
    const customer = user.customerId
      ? await tx.customer.findFirst({
          where: { id: user.customerId, tenantId: invitation.tenantId },
          select: { customerNumber: true },
        })
      : null;
    await notifyBroker(tx, {
      tenantId: invitation.tenantId,
      // a new staff member is announced to whoever invited them (else the owners and admins)
      advisorId: isStaff ? invitation.createdById : user.advisorId,
      type: "registration.completed",
      title: {
        key: isStaff ? "invitations.notifications.staffRegistered" : "invitations.notifications.customerRegistered",
        values: { name },
      },
      link: isStaff ? "/broker/staff" : customer ? `/broker?q=${encodeURIComponent(customer.customerNumber)}` : "/broker",
    });
    await writeAudit(
      {
        tenantId: invitation.tenantId,
        actorUserId: user.id,
        actorKind: isStaff ? "staff" : "customer",
        action: "registration.completed",
        entityType: "Invitation",
        entityId: invitation.id,
        customerId: user.customerId,
        ip: scope.ip,
        userAgent: scope.userAgent,
      },
      tx,
    );
    return { ok: true as const, data: { email: user.email } };
  });
}
