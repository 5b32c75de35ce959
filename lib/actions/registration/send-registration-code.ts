"use server";

import { sendRegistrationCode } from "@/lib/data/invitations/send-registration-code";
import type { InvitationResult } from "@/lib/data/invitations/result";
import type { Msg } from "@/lib/i18n/message-key";
import { sendRegistrationCodeInput } from "@/lib/validation/registration";
import { registrationRequest, WRONG_HOST } from "./registration-request";

/** Sends the e-mail (step 1) or SMS (step 2) code; the token is re-validated against this host. */
export async function sendRegistrationCodeAction(
  input: unknown,
): Promise<InvitationResult<{ maskedTarget: string; resendWaitSeconds: number }>> {
  const parsed = sendRegistrationCodeInput.safeParse(input);
  // zod messages are catalog keys (lib/validation/registration.ts)
  if (!parsed.success) return { ok: false, error: (parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg };
  const request = await registrationRequest();
  if (!request) return WRONG_HOST;
  return sendRegistrationCode({ ...request, ...parsed.data });
}
