import "server-only";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import type { SecondFactorResult } from "./confirm-totp-setup";
import { loadOwnSecondFactorUser } from "./own-second-factor-user";
import { refuseSmsChange } from "./second-factor-rules";
import { recordSecondFactorChange } from "./security-notice";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Turns "Anmeldecode per SMS" on or off for a customer. Switching it off weakens the account, so it
 * needs the current password; switching it on does not (codes go to the user's own verified phone).
 */
export async function setSmsSecondFactor(
  ctx: RequestContext | null,
  input: { enabled: boolean; currentPassword?: string },
): Promise<SecondFactorResult<{ enabled: boolean }>> {
  const user = await loadOwnSecondFactorUser(db, ctx);
  const refusal = refuseSmsChange(user, input.enabled);
  if (refusal) return { ok: false, error: refusal };
  if (user.smsSecondFactor === input.enabled) return { ok: true, data: { enabled: input.enabled } };
  if (!input.enabled) {
    if (!input.currentPassword) {
      return { ok: false, error: "account.validation.currentPasswordRequired", field: "currentPassword" };
    }
    const wrong = await verifyCurrentPassword(ctx!, user, input.currentPassword, "sms_disable");
    if (wrong) return { ok: false, error: wrong, field: "currentPassword" };
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id, tenantId: ctx!.tenant.id }, data: { smsSecondFactor: input.enabled } });
    await recordSecondFactorChange(tx, ctx!, user, {
      action: input.enabled ? "auth.sms_second_factor_enabled" : "auth.sms_second_factor_disabled",
      change: input.enabled ? "smsEnabled" : "smsDisabled",
    });
  });
  return { ok: true, data: { enabled: input.enabled } };
}
