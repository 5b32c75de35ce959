"use server";

import { fieldErrorsFrom, type ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { smsSecondFactorInput } from "@/lib/data/second-factor/inputs";
import { setSmsSecondFactor } from "@/lib/data/second-factor/set-sms-second-factor";
import { toActionResult } from "./to-action-result";

/** "Anmeldecode per SMS" on/off for the signed-in customer (off needs the password). */
export async function setSmsSecondFactorAction(input: unknown): Promise<ActionResult<{ enabled: boolean }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = smsSecondFactorInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  return toActionResult(await setSmsSecondFactor(ctx, parsed.data));
}
