"use server";

import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { disableOwnTotp } from "@/lib/data/second-factor/disable-own-totp";
import { passwordOnlyInput } from "@/lib/data/second-factor/inputs";
import { toActionResult } from "./to-action-result";

/** Switches the signed-in customer's authenticator app off after re-entering the password. */
export async function disableTotpAction(input: unknown): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = passwordOnlyInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  return toActionResult(await disableOwnTotp(ctx, parsed.data));
}
