import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { issueOneTimeCode } from "../../auth/one-time-code/issue-one-time-code";
import { CODE_RULES } from "../../auth/one-time-code/code-rules";
import { localeFromDb } from "../../i18n/locales";
import { msg, type Msg } from "../../i18n/message-key";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import { enqueueSms } from "../../jobs/enqueue-message";
import { registrationCodeEmail } from "../../mail/templates/code-email";
import { registrationCodeSms } from "../../mail/templates/code-sms";
import { sendRegistrationCodeInput } from "../../validation/registration";
import { findInvitation } from "./find-invitation";
import { maskEmail, maskPhone } from "./mask-contact";
import { registrationRefusal, STALE_STEP, type RegistrationScope } from "./registration-guard";
import { refuse, type InvitationResult } from "./result";

export function waitMessage(seconds: number): Msg {
  if (seconds <= 90) return msg("onboarding.errors.resendWait", { seconds });
  return msg("onboarding.errors.tooManyCodes", { minutes: Math.ceil(seconds / 60) });
}

export function lockedMessage(seconds: number): Msg {
  return msg("onboarding.errors.codeLocked", { minutes: Math.ceil(seconds / 60) });
}

/**
 * Step 1/2 of the registration: sends a code by e-mail (EMAIL_CODE) or SMS (PHONE_CODE) to the
 * address the broker recorded. A POST only (server action), never triggered by opening the link.
 */
export async function sendRegistrationCode(
  scope: RegistrationScope & { step: unknown },
): Promise<InvitationResult<{ maskedTarget: string; resendWaitSeconds: number }>> {
  const parsed = sendRegistrationCodeInput.safeParse({ token: scope.token, step: scope.step });
  // zod messages are catalog keys (lib/validation/registration.ts)
  if (!parsed.success) return refuse((parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg);
  const { step } = parsed.data;

  return db.$transaction(async (tx) => {
    const found = await findInvitation(tx, { tenantId: scope.tenantId, token: parsed.data.token });
    const refusal = registrationRefusal(found, step);
    if (refusal || found.state !== "open") return refuse(refusal ?? STALE_STEP);
    const { invitation } = found;
    const user = invitation.user;
    const byEmail = step === "EMAIL_CODE";
    const target = byEmail ? invitation.email : user.phone;
    if (!target) return refuse("onboarding.errors.noPhone");

    const issued = await issueOneTimeCode(tx, {
      tenantId: invitation.tenantId,
      userId: user.id,
      purpose: byEmail ? "REGISTER_EMAIL" : "REGISTER_PHONE",
      target,
    });
    if (!issued.ok) {
      const message =
        issued.reason === "locked" ? lockedMessage(issued.retryAfterSeconds) : waitMessage(issued.retryAfterSeconds);
      return refuse(message, { retryAfterSeconds: issued.retryAfterSeconds });
    }
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: invitation.tenantId },
      select: { name: true, locale: true },
    });
    // The language the visitor reads the page in; else their own choice, else the tenant's.
    const locale = scope.locale ?? localeFromDb(user.locale ?? tenant.locale);
    if (byEmail) {
      await enqueueBrandedEmail(tx, {
        tenantId: invitation.tenantId,
        to: target,
        locale,
        content: {
          ...registrationCodeEmail({ locale, tenantName: tenant.name, code: issued.code }),
          signature: invitation.kind !== "STAFF",
        },
      });
    } else {
      await enqueueSms(tx, {
        tenantId: invitation.tenantId,
        to: target,
        text: registrationCodeSms({ locale, tenantName: tenant.name, code: issued.code }),
      });
    }
    await writeAudit(
      {
        tenantId: invitation.tenantId,
        actorUserId: user.id,
        actorKind: "anonymous",
        action: "registration.code_sent",
        entityType: "Invitation",
        entityId: invitation.id,
        customerId: user.customerId,
        ip: scope.ip,
        userAgent: scope.userAgent,
        data: { channel: byEmail ? "email" : "sms" },
      },
      tx,
    );
    return {
      ok: true as const,
      data: {
        maskedTarget: byEmail ? maskEmail(target) : maskPhone(target),
        resendWaitSeconds: CODE_RULES.minResendIntervalMs / 1000,
      },
    };
  });
}
