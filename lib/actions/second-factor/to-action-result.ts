import type { ActionResult } from "@/lib/actions/account/action-result";
import type { SecondFactorResult } from "@/lib/data/second-factor/confirm-totp-setup";

/** Maps a data-layer result to the shape every action returns (field error next to its input). */
export function toActionResult<T>(result: SecondFactorResult<T>): ActionResult<T> {
  if (result.ok) return result;
  return { ok: false, error: result.error, ...(result.field ? { fieldErrors: { [result.field]: result.error } } : {}) };
}
