"use server";

import { requestNewInvitation } from "@/lib/data/invitations/request-new-invitation";
import type { InvitationResult } from "@/lib/data/invitations/result";
import type { MessageKey } from "@/lib/i18n/message-key";
import { requestNewInvitationInput } from "@/lib/validation/invitation";
import { registrationRequest, WRONG_HOST } from "../registration/registration-request";

/** "Neuen Link anfordern" on the expired page: notifies the broker. */
export async function requestNewInvitationAction(input: unknown): Promise<InvitationResult<{ message: MessageKey }>> {
  const parsed = requestNewInvitationInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "onboarding.validation.linkInvalid" };
  const request = await registrationRequest();
  if (!request) return WRONG_HOST;
  return requestNewInvitation({ ...request, token: parsed.data.token });
}
