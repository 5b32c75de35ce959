import "server-only";
import { decryptSecret, encryptSecret } from "../../auth/secret-box";
import { createTotpEnrolment } from "../../auth/totp/create-totp-enrolment";
import { matchTotpCode } from "../../auth/totp/match-totp-code";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { operatorEnrolmentInput } from "../../validation/platform";
import { CODE_WRONG, TICKET_EXPIRED, waitError, type OperatorSessionResult } from "./complete-operator-sign-in";
import { PLATFORM_AUDIT } from "../platform-audit-actions";
import { auditOperatorFailure, writeOperatorAudit, type SignInMeta } from "./operator-sign-in-audit";
import { operatorEnrolContext, operatorTotpContext } from "./operator-totp-context";
import { claimOperatorAttempt } from "./operator-throttle";
import { newPlatformSession } from "./platform-session";
import { ticketOperator } from "./ticket-operator";

export type OperatorEnrolmentOffer = { qrDataUrl: string; secret: string; sealed: string };

/**
 * First sign-in: a new TOTP secret with its QR code for an operator who passed the password step
 * and has none yet. Nothing is stored; the secret travels sealed (bound to this login ticket).
 * Null when the ticket is missing or expired, or the operator already has a second factor —
 * a password alone never replaces an enrolled app.
 */
export async function startOperatorEnrolment(
  loginTicket: string | undefined,
  issuer: string,
): Promise<OperatorEnrolmentOffer | null> {
  const found = await ticketOperator(loginTicket);
  if (!found || found.enrolled) return null;
  const enrolment = await createTotpEnrolment({ issuer, accountName: found.operator.email });
  return {
    qrDataUrl: enrolment.qrDataUrl,
    secret: enrolment.secret,
    sealed: encryptSecret(enrolment.secret, operatorEnrolContext(found.ticket)),
  };
}

/** Activates the app with its first code (that step counts as used) and signs the operator in. */
export async function confirmOperatorEnrolment(
  loginTicket: string | undefined,
  input: unknown,
  meta: SignInMeta = {},
): Promise<OperatorSessionResult> {
  const parsed = operatorEnrolmentInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: (parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg };
  const found = await ticketOperator(loginTicket);
  if (!found || found.enrolled) return { ok: false, error: TICKET_EXPIRED, restart: true };
  const { operator, ticket } = found;
  let secret: string;
  try {
    secret = decryptSecret(parsed.data.sealed, operatorEnrolContext(ticket));
  } catch {
    return { ok: false, error: TICKET_EXPIRED, restart: true };
  }
  const claim = await claimOperatorAttempt(operator.id);
  if (!claim.claimed) {
    await auditOperatorFailure(meta, operator, "delayed", null);
    return { ok: false, error: waitError(claim.waitSeconds) };
  }
  // A wrong code stays counted (the claim); success resets the counter below.
  const step = await matchTotpCode(secret, parsed.data.code);
  if (step === null) {
    await auditOperatorFailure(meta, operator, "wrongCode", claim.attempt);
    return { ok: false, error: CODE_WRONG };
  }
  const enrolled = await db.$transaction(async (tx) => {
    // Conditional on "still no app": two tabs enrolling at once cannot both win.
    const updated = await tx.platformOperator.updateMany({
      where: { id: operator.id, sessionVersion: operator.sessionVersion, disabledAt: null, totpEnabledAt: null },
      data: {
        totpSecret: encryptSecret(secret, operatorTotpContext(operator.id)),
        totpEnabledAt: now(),
        totpLastUsedStep: step,
        failedLoginCount: 0,
        lastFailedLoginAt: null,
        lastLoginAt: now(),
      },
    });
    if (updated.count !== 1) return false;
    await writeOperatorAudit(meta, { action: PLATFORM_AUDIT.operatorTotpEnrolled, operatorId: operator.id }, tx);
    await writeOperatorAudit(meta, { action: PLATFORM_AUDIT.operatorSignedIn, operatorId: operator.id }, tx);
    return true;
  });
  if (!enrolled) return { ok: false, error: TICKET_EXPIRED, restart: true };
  return { ok: true, session: await newPlatformSession(operator) };
}
