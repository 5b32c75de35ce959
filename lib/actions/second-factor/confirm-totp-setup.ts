"use server";

import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { confirmTotpSetup } from "@/lib/data/second-factor/confirm-totp-setup";
import { confirmTotpSetupInput } from "@/lib/data/second-factor/inputs";
import { toActionResult } from "./to-action-result";

/** Activates the authenticator app scanned from startTotpSetupAction; returns the recovery codes once. */
export async function confirmTotpSetupAction(input: unknown): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = confirmTotpSetupInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  return toActionResult(await confirmTotpSetup(ctx, parsed.data));
}
