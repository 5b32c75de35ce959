import "server-only";
import { db } from "../db/client";
import type { AppLocale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator-for";
import { enqueueSms } from "../jobs/enqueue-message";
import { issueOneTimeCode } from "./one-time-code/issue-one-time-code";
import { verifyOneTimeCode } from "./one-time-code/verify-one-time-code";

type Scope = { tenantId: string; userId: string };

/**
 * Sends a sign-in code by SMS (customers' alternative to an authenticator app). While the resend
 * throttle holds, nothing is sent: the code sent a moment ago is still valid. The text is in the
 * recipient's language.
 */
export async function sendLoginSmsCode(scope: Scope & { tenantName: string; phone: string; locale: AppLocale }): Promise<void> {
  await db.$transaction(async (tx) => {
    const issued = await issueOneTimeCode(tx, { ...scope, purpose: "LOGIN_SMS", target: scope.phone });
    if (!issued.ok) return;
    await enqueueSms(tx, {
      tenantId: scope.tenantId,
      to: scope.phone,
      text: translatorFor(scope.locale)("mail.account.loginSms", { code: issued.code, tenant: scope.tenantName }),
    });
  });
}

export async function checkLoginSmsCode(scope: Scope & { code: string }): Promise<boolean> {
  const result = await db.$transaction((tx) => verifyOneTimeCode(tx, { ...scope, purpose: "LOGIN_SMS" }));
  return result.ok;
}
