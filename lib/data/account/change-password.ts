import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { checkNewPassword } from "../../auth/password-policy";
import { hashPassword, verifyPassword } from "../../auth/password";
import { now } from "../../clock";
import { db } from "../../db/client";
import { localeFromDb } from "../../i18n/locales";
import type { Msg } from "../../i18n/message-key";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { passwordChangedMail } from "../../mail/templates/password-changed-mail";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

type Input = { currentPassword: string; password: string };

export type ChangePasswordResult =
  { ok: true; email: string } | { ok: false; field: "currentPassword" | "password"; message: Msg };

/**
 * Changes the signed-in actor's own password after re-checking the current one. Bumps
 * sessionVersion, which ends every session of the account — the caller signs the current browser in
 * again with the new password so only the other sessions stay dead.
 */
export async function changePassword(
  ctx: RequestContext | null,
  { currentPassword, password }: Input,
): Promise<ChangePasswordResult> {
  if (!ctx) throw new AccessDeniedError();
  const user = await db.user.findFirst({
    where: { id: ctx.actor.id, tenantId: ctx.tenant.id, status: "ACTIVE" },
    select: { id: true, email: true, firstName: true, lastName: true, passwordHash: true, customerId: true, locale: true },
  });
  if (!user) throw new AccessDeniedError();
  const audit = {
    tenantId: ctx.tenant.id,
    actorUserId: user.id,
    actorKind: ctx.actor.kind === "STAFF" ? ("staff" as const) : ("customer" as const),
    entityType: "User",
    entityId: user.id,
    customerId: user.customerId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };

  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await writeAudit({ ...audit, action: "auth.password_change_failed", data: { reason: "wrong_current_password" } });
    return { ok: false, field: "currentPassword", message: "account.errors.currentPasswordWrong" };
  }
  const policy = checkNewPassword(password, { email: user.email, firstName: user.firstName, lastName: user.lastName });
  if (!policy.ok) return { ok: false, field: "password", message: policy.message };

  const passwordHash = await hashPassword(password);
  const locale = localeFromDb(user.locale ?? ctx.tenant.locale);
  const content = passwordChangedMail({
    tenantName: ctx.tenant.name,
    loginUrl: `${await tenantBaseUrl(ctx.tenant)}/login`,
    via: "change",
    locale,
  });
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id, tenantId: ctx.tenant.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, failedLoginCount: 0, lockedUntil: null },
    });
    // A reset link requested before the change must not undo it.
    await tx.oneTimeCode.updateMany({
      where: { tenantId: ctx.tenant.id, userId: user.id, purpose: "PASSWORD_RESET", consumedAt: null },
      data: { consumedAt: now() },
    });
    await enqueueBrandedEmail(tx, {
      tenantId: ctx.tenant.id,
      to: user.email,
      locale,
      content: { ...content, signature: ctx.actor.kind !== "STAFF" },
    });
    await writeAudit({ ...audit, action: "auth.password_changed" }, tx);
  });
  return { ok: true, email: user.email };
}
