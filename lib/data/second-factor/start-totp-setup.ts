import "server-only";
import { sealPendingSecret } from "../../auth/complete-two-factor-enrolment";
import { createTotpEnrolment } from "../../auth/totp/create-totp-enrolment";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { loadOwnSecondFactorUser } from "./own-second-factor-user";

export type TotpSetupOffer = { qrDataUrl: string; secret: string; sealed: string; replacesActive: boolean };

/**
 * A fresh secret for the signed-in actor's authenticator app. Nothing is stored: the secret travels
 * sealed (bound to this user) until confirmTotpSetup sees a first valid code.
 */
export async function startTotpSetup(ctx: RequestContext | null): Promise<TotpSetupOffer> {
  const user = await loadOwnSecondFactorUser(db, ctx);
  const enrolment = await createTotpEnrolment({ issuer: user.tenant.name, accountName: user.email });
  return {
    qrDataUrl: enrolment.qrDataUrl,
    secret: enrolment.secret,
    sealed: sealPendingSecret(user.id, enrolment.secret),
    replacesActive: user.totpEnabledAt !== null,
  };
}
