"use server";

import { verifyRegistrationCode } from "@/lib/data/invitations/verify-registration-code";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { verifyRegistrationCodeInput } from "@/lib/validation/registration";
import { registrationRequest, WRONG_HOST } from "./registration-request";

/** Confirms the code of the current step and moves the invitation to the next one. */
export async function verifyRegistrationCodeAction(
  input: unknown,
): Promise<InvitationResult<{ nextStep: "PHONE_CODE" | "PASSWORD" }>> {
  const parsed = verifyRegistrationCodeInput.safeParse(input);
  if (!parsed.success) {
    const codeIssue = parsed.error.issues.find((i) => i.path[0] === "code");
    if (codeIssue) return { ok: false, error: codeIssue.message, fieldErrors: { code: codeIssue.message } };
    return { ok: false, error: parsed.error.issues[0]?.message ?? "Ungültige Eingabe." };
  }
  const request = await registrationRequest();
  if (!request) return WRONG_HOST;
  return verifyRegistrationCode({ ...request, ...parsed.data });
}
