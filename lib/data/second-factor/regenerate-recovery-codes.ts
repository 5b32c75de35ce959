import "server-only";
import { generateRecoveryCodes } from "../../auth/recovery-codes";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import type { SecondFactorResult } from "./confirm-totp-setup";
import { loadOwnSecondFactorUser } from "./own-second-factor-user";
import { recordSecondFactorChange } from "./security-notice";
import { verifyCurrentPassword } from "./verify-current-password";

/** Ten new recovery codes after re-authentication; all earlier codes stop working. */
export async function regenerateRecoveryCodes(
  ctx: RequestContext | null,
  input: { currentPassword: string },
): Promise<SecondFactorResult<{ recoveryCodes: string[] }>> {
  const user = await loadOwnSecondFactorUser(db, ctx);
  // Recovery codes stand in for the authenticator app; without one they would be a second password.
  if (!user.totpEnabledAt) return { ok: false, error: "account.secondFactor.refusals.recoveryNeedsTotp" };
  const wrong = await verifyCurrentPassword(ctx!, user, input.currentPassword, "recovery_codes");
  if (wrong) return { ok: false, error: wrong, field: "currentPassword" };
  const recoveryCodes = await db.$transaction(async (tx) => {
    // generateRecoveryCodes writes the audit row (auth.recovery_codes_generated) itself.
    const codes = await generateRecoveryCodes(tx, {
      tenantId: ctx!.tenant.id,
      userId: user.id,
      ip: ctx!.ip,
      userAgent: ctx!.userAgent,
    });
    await recordSecondFactorChange(tx, ctx!, user, {
      action: "auth.recovery_codes_generated",
      audit: false,
      change: "recoveryCodes",
    });
    return codes;
  });
  return { ok: true, data: { recoveryCodes } };
}
