import type { ActionResult } from "@/lib/actions/account/action-result";
import type { Msg } from "@/lib/i18n/message-key";

type WriteResult = { ok: true; id: string } | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };

/** A data-layer write as the form expects it: a refusal tied to one field shows next to that field. */
export function writeResult(result: WriteResult): ActionResult<{ id: string }> {
  if (result.ok) return { ok: true, data: { id: result.id } };
  const fieldErrors = result.fieldErrors ?? (result.field ? { [result.field]: result.error } : undefined);
  return { ok: false, error: result.error, fieldErrors };
}
