"use server";

import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { passwordOnlyInput } from "@/lib/data/second-factor/inputs";
import { regenerateRecoveryCodes } from "@/lib/data/second-factor/regenerate-recovery-codes";
import { toActionResult } from "./to-action-result";

/** Ten new recovery codes after re-entering the password; the old ones stop working. */
export async function regenerateRecoveryCodesAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = passwordOnlyInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  return toActionResult(await regenerateRecoveryCodes(ctx, parsed.data));
}
