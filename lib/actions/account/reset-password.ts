"use server";

import { resetPasswordWithToken } from "@/lib/data/account/reset-password-with-token";
import { currentHost } from "@/lib/tenant/current-tenant";
import { INVALID_RESET_LINK_MESSAGE, resetPasswordInput } from "@/lib/validation/account";
import { fieldErrorsFrom, type ActionResult } from "./action-result";
import { requestMeta } from "./request-meta";

/** Sets a new password with the token from the reset e-mail; ends every session of the account. */
export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = resetPasswordInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    if (fieldErrors.token)
      return { ok: false, error: INVALID_RESET_LINK_MESSAGE, fieldErrors: { token: INVALID_RESET_LINK_MESSAGE } };
    return { ok: false, error: "common.errors.checkInput", fieldErrors };
  }
  const host = await currentHost();
  if (host.kind !== "tenant")
    return { ok: false, error: INVALID_RESET_LINK_MESSAGE, fieldErrors: { token: INVALID_RESET_LINK_MESSAGE } };
  const result = await resetPasswordWithToken({
    tenantId: host.tenant.id,
    token: parsed.data.token,
    password: parsed.data.password,
    ...(await requestMeta()),
  });
  if (result.ok) return { ok: true, data: { email: result.email } };
  if (result.reason === "invalid_token") {
    return { ok: false, error: INVALID_RESET_LINK_MESSAGE, fieldErrors: { token: INVALID_RESET_LINK_MESSAGE } };
  }
  return { ok: false, error: result.message, fieldErrors: { password: result.message } };
}
