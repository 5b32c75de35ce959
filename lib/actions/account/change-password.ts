"use server";

import { changePassword } from "@/lib/data/account/change-password";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { changePasswordInput } from "@/lib/validation/account";
import { fieldErrorsFrom, type ActionResult } from "./action-result";

/**
 * Changes the signed-in user's password. Every session ends (sessionVersion); the client signs this
 * browser in again with the new password right after, using the returned e-mail as identifier.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  const parsed = changePasswordInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const result = await changePassword(ctx, { currentPassword: parsed.data.currentPassword, password: parsed.data.password });
  if (!result.ok) return { ok: false, error: result.message, fieldErrors: { [result.field]: result.message } };
  return { ok: true, data: { email: result.email } };
}
