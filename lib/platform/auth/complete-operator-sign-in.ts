import "server-only";
import { decryptSecret } from "../../auth/secret-box";
import { matchTotpCode } from "../../auth/totp/match-totp-code";
import { now } from "../../clock";
import { db } from "../../db/client";
import { msg, type Msg } from "../../i18n/message-key";
import { operatorCodeInput } from "../../validation/platform";
import { PLATFORM_AUDIT } from "../platform-audit-actions";
import { auditOperatorFailure, writeOperatorAudit, type SignInMeta } from "./operator-sign-in-audit";
import { operatorTotpContext } from "./operator-totp-context";
import { claimOperatorAttempt } from "./operator-throttle";
import { newPlatformSession } from "./platform-session";
import { ticketOperator } from "./ticket-operator";

export type OperatorSessionResult = { ok: true; session: string } | { ok: false; error: Msg; restart?: boolean };

export const TICKET_EXPIRED = "platformAdmin.login.errors.restart" satisfies Msg;
export const CODE_WRONG = "platformAdmin.login.errors.codeWrong" satisfies Msg;
export const waitError = (seconds: number): Msg => msg("platformAdmin.login.errors.wait", { seconds });

/**
 * Step 2 for an enrolled operator: the authenticator code. Each time step is accepted once (stored
 * with a conditional UPDATE, so a replayed or raced code fails); every attempt is claimed against
 * the same growing delay as wrong passwords. Success returns the session cookie value.
 */
export async function completeOperatorSignIn(
  loginTicket: string | undefined,
  input: unknown,
  meta: SignInMeta = {},
): Promise<OperatorSessionResult> {
  const parsed = operatorCodeInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: (parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg };
  const found = await ticketOperator(loginTicket);
  const operator = found?.enrolled ? found.operator : null;
  if (!operator?.totpSecret) return { ok: false, error: TICKET_EXPIRED, restart: true };
  const claim = await claimOperatorAttempt(operator.id);
  if (!claim.claimed) {
    await auditOperatorFailure(meta, operator, "delayed", null);
    return { ok: false, error: waitError(claim.waitSeconds) };
  }

  const secret = decryptSecret(operator.totpSecret, operatorTotpContext(operator.id));
  const step = await matchTotpCode(secret, parsed.data.code, operator.totpLastUsedStep);
  const signedIn =
    step !== null &&
    (await db.$transaction(async (tx) => {
      const recorded = await tx.platformOperator.updateMany({
        where: {
          id: operator.id,
          sessionVersion: operator.sessionVersion,
          disabledAt: null,
          OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }],
        },
        data: { totpLastUsedStep: step, failedLoginCount: 0, lastFailedLoginAt: null, lastLoginAt: now() },
      });
      if (recorded.count !== 1) return false;
      await writeOperatorAudit(meta, { action: PLATFORM_AUDIT.operatorSignedIn, operatorId: operator.id }, tx);
      return true;
    }));
  // The claim already counted this attempt as a failure; success resets the counter above.
  if (!signedIn) {
    await auditOperatorFailure(meta, operator, "wrongCode", claim.attempt);
    return { ok: false, error: CODE_WRONG };
  }
  return { ok: true, session: await newPlatformSession(operator) };
}
