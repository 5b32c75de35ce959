import "server-only";
import { disableTotp } from "../../auth/totp/disable-totp";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import type { SecondFactorResult } from "./confirm-totp-setup";
import { loadOwnSecondFactorUser } from "./own-second-factor-user";
import { refuseDisableTotp } from "./second-factor-rules";
import { recordSecondFactorChange } from "./security-notice";
import { verifyCurrentPassword } from "./verify-current-password";

/** Switches the actor's authenticator app off after re-authentication (customers only; see rules). */
export async function disableOwnTotp(
  ctx: RequestContext | null,
  input: { currentPassword: string },
): Promise<SecondFactorResult<null>> {
  const user = await loadOwnSecondFactorUser(db, ctx);
  const refusal = refuseDisableTotp(user);
  if (refusal) return { ok: false, error: refusal };
  const wrong = await verifyCurrentPassword(ctx!, user, input.currentPassword, "totp_disable");
  if (wrong) return { ok: false, error: wrong, field: "currentPassword" };
  await db.$transaction(async (tx) => {
    // disableTotp removes secret and recovery codes and writes auth.totp_disabled.
    await disableTotp(tx, { tenantId: ctx!.tenant.id, userId: user.id, ip: ctx!.ip, userAgent: ctx!.userAgent });
    await recordSecondFactorChange(tx, ctx!, user, {
      action: "auth.totp_disabled",
      audit: false,
      change: "totpDisabled",
    });
  });
  return { ok: true, data: null };
}
