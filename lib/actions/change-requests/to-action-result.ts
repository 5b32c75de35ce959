import type { ActionResult } from "@/lib/actions/account/action-result";
import type { ChangeRequestResult } from "@/lib/data/change-requests/result";

/** A data-layer answer as the form expects it; a refusal tied to one field shows next to that field. */
export function toActionResult<T extends object>(result: ChangeRequestResult<T>): ActionResult<T> {
  if (result.ok) {
    const { ok: _ok, ...data } = result;
    return { ok: true, data: data as unknown as T };
  }
  const fieldErrors = result.fieldErrors ?? (result.field ? { [result.field]: result.error } : undefined);
  return { ok: false, error: result.error, ...(fieldErrors ? { fieldErrors } : {}) };
}
