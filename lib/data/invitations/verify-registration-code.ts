import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { msg, type Msg } from "../../i18n/message-key";
import { verifyOneTimeCode } from "../../auth/one-time-code/verify-one-time-code";
import { verifyRegistrationCodeInput } from "../../validation/registration";
import { findInvitation } from "./find-invitation";
import { registrationRefusal, STALE_STEP, type RegistrationScope } from "./registration-guard";
import { refuse, type InvitationResult } from "./result";
import { lockedMessage } from "./send-registration-code";

/**
 * Confirms the e-mail (step 1) or phone (step 2) code and advances the invitation by exactly one
 * step. A wrong code is counted (and audited) and the transaction still commits, so the count holds.
 */
export async function verifyRegistrationCode(
  scope: RegistrationScope & { step: unknown; code: unknown },
): Promise<InvitationResult<{ nextStep: "PHONE_CODE" | "PASSWORD" }>> {
  const parsed = verifyRegistrationCodeInput.safeParse({ token: scope.token, step: scope.step, code: scope.code });
  if (!parsed.success) {
    // zod messages are catalog keys (lib/validation/registration.ts)
    const codeIssue = parsed.error.issues.find((i) => i.path[0] === "code");
    const message = (codeIssue?.message ?? parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg;
    return refuse(message, codeIssue ? { fieldErrors: { code: message } } : {});
  }
  const { step, code } = parsed.data;

  return db.$transaction(async (tx) => {
    const found = await findInvitation(tx, { tenantId: scope.tenantId, token: parsed.data.token });
    const refusal = registrationRefusal(found, step);
    if (refusal || found.state !== "open") return refuse(refusal ?? STALE_STEP);
    const { invitation } = found;
    const user = invitation.user;
    const byEmail = step === "EMAIL_CODE";
    const audit = (action: string, data: Record<string, string | number>) =>
      writeAudit(
        {
          tenantId: invitation.tenantId,
          actorUserId: user.id,
          actorKind: "anonymous",
          action,
          entityType: "Invitation",
          entityId: invitation.id,
          customerId: user.customerId,
          ip: scope.ip,
          userAgent: scope.userAgent,
          data: { channel: byEmail ? "email" : "sms", ...data },
        },
        tx,
      );

    const check = await verifyOneTimeCode(tx, {
      tenantId: invitation.tenantId,
      userId: user.id,
      purpose: byEmail ? "REGISTER_EMAIL" : "REGISTER_PHONE",
      code,
    });
    if (!check.ok) {
      await audit("registration.code_failed", { reason: check.reason });
      switch (check.reason) {
        case "wrong":
          return refuse(
            check.attemptsLeft > 0
              ? msg("onboarding.errors.codeWrongAttempts", { attempts: check.attemptsLeft })
              : "onboarding.errors.codeWrongLast",
            { fieldErrors: { code: "onboarding.errors.codeWrong" } },
          );
        case "used_up":
          return refuse("onboarding.errors.codeUsedUp");
        case "expired":
          return refuse("onboarding.errors.codeExpired");
        case "no_code":
          return refuse("onboarding.errors.noCode");
        case "locked":
          return refuse(lockedMessage(check.retryAfterSeconds), { retryAfterSeconds: check.retryAfterSeconds });
      }
    }
    // The code must belong to the address the broker recorded now (not one changed in between).
    const expectedTarget = byEmail ? invitation.email : user.phone;
    if (check.target !== expectedTarget) {
      await audit("registration.code_failed", { reason: "target_changed" });
      return refuse("onboarding.errors.codeTargetChanged");
    }

    const nextStep = byEmail ? ("PHONE_CODE" as const) : ("PASSWORD" as const);
    const advanced = await tx.invitation.updateMany({
      where: { id: invitation.id, step, acceptedAt: null, revokedAt: null },
      data: { step: nextStep },
    });
    if (advanced.count === 0) return refuse(STALE_STEP);
    const at = now();
    await tx.user.update({ where: { id: user.id }, data: byEmail ? { emailVerifiedAt: at } : { phoneVerifiedAt: at } });
    await audit("registration.code_verified", {});
    return { ok: true as const, data: { nextStep } };
  });
}
