import "server-only";
import { dummyPasswordHash, verifyPassword } from "../../auth/password";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { operatorPasswordInput } from "../../validation/platform";
import { encodeLoginTicket } from "./login-ticket";
import { claimOperatorAttempt, releaseOperatorAttempt } from "./operator-throttle";
import { auditOperatorFailure, auditUnknownOperator, type SignInMeta } from "./operator-sign-in-audit";

export type OperatorPasswordResult =
  { ok: true; ticket: string; next: "code" | "enrol" } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/** One answer for an unknown address, a wrong password, a disabled operator and a running delay. */
export const SIGN_IN_FAILED = "platformAdmin.login.errors.failed" satisfies Msg;

/**
 * Step 1 of the operator sign-in: e-mail and password. Success yields a short-lived login ticket
 * for step 2 (code, or TOTP enrolment at the first sign-in) — never a session.
 * The password is always hashed, even for unknown addresses, so the timing tells nothing either.
 * Every refusal leaves an audit row (platform level, no tenant); success is logged at step 2.
 */
export async function checkOperatorPassword(input: unknown, meta: SignInMeta = {}): Promise<OperatorPasswordResult> {
  const parsed = operatorPasswordInput.safeParse(input);
  if (!parsed.success) {
    const error = (parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg;
    return { ok: false, error };
  }
  const operator = await db.platformOperator.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true, disabledAt: true },
  });
  // Claimed before the password is checked; while the delay runs even the right password is refused
  // (with the same answer), so guessing stays slow.
  const claim = operator ? await claimOperatorAttempt(operator.id) : null;
  const passwordOk = await verifyPassword(operator?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!operator || !claim) {
    await auditUnknownOperator(meta, parsed.data.email);
    return { ok: false, error: SIGN_IN_FAILED };
  }
  if (!claim.claimed || !passwordOk) {
    const attempt = claim.claimed ? claim.attempt : null;
    await auditOperatorFailure(meta, operator, attempt ? "wrongPassword" : "delayed", attempt);
    return { ok: false, error: SIGN_IN_FAILED };
  }
  await releaseOperatorAttempt(claim.attempt);
  if (operator.disabledAt) {
    await auditOperatorFailure(meta, operator, "disabled", null);
    return { ok: false, error: SIGN_IN_FAILED };
  }
  return { ok: true, ticket: await encodeLoginTicket(operator), next: operator.totpEnabledAt ? "code" : "enrol" };
}
