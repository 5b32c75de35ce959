"use server";

import { getLocale } from "next-intl/server";
import { PASSWORD_RESET_REQUESTED_MESSAGE, requestPasswordReset } from "@/lib/data/account/request-password-reset";
import type { MessageKey } from "@/lib/i18n/message-key";
import { currentHost } from "@/lib/tenant/current-tenant";
import { forgotPasswordInput } from "@/lib/validation/account";
import { fieldErrorsFrom, type ActionResult } from "./action-result";
import { requestMeta } from "./request-meta";

/** "Passwort vergessen": always the same answer for well-formed input, whatever the account state. */
export async function requestPasswordResetAction(input: unknown): Promise<ActionResult<{ message: MessageKey }>> {
  const parsed = forgotPasswordInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  // The tenant comes from the verified host only; on the platform host nothing is sent.
  const host = await currentHost();
  if (host.kind !== "tenant") return { ok: true, data: { message: PASSWORD_RESET_REQUESTED_MESSAGE } };
  const result = await requestPasswordReset({
    tenantId: host.tenant.id,
    email: parsed.data.email,
    locale: await getLocale(),
    ...(await requestMeta()),
  });
  return { ok: true, data: result };
}
