"use server";

import { verifyRegistrationCode } from "@/lib/data/invitations/verify-registration-code";
import type { InvitationResult } from "@/lib/data/invitations/result";
import type { Msg } from "@/lib/i18n/message-key";
import { verifyRegistrationCodeInput } from "@/lib/validation/registration";
import { registrationRequest, WRONG_HOST } from "./registration-request";

/** Confirms the code of the current step and moves the invitation to the next one. */
export async function verifyRegistrationCodeAction(
  input: unknown,
): Promise<InvitationResult<{ nextStep: "PHONE_CODE" | "PASSWORD" }>> {
  const parsed = verifyRegistrationCodeInput.safeParse(input);
  if (!parsed.success) {
    // zod messages are catalog keys (lib/validation/registration.ts)
    const codeIssue = parsed.error.issues.find((i) => i.path[0] === "code");
    if (codeIssue) return { ok: false, error: codeIssue.message as Msg, fieldErrors: { code: codeIssue.message as Msg } };
    return { ok: false, error: (parsed.error.issues[0]?.message ?? "common.errors.checkInput") as Msg };
  }
  const request = await registrationRequest();
  if (!request) return WRONG_HOST;
  return verifyRegistrationCode({ ...request, ...parsed.data });
}
