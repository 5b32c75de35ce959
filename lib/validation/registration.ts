import { z } from "zod";
import { invitationToken } from "./invitation";

// Messages are catalog keys (lib/i18n/messages/*/onboarding.json); the form translates them.
export const registrationCodeStep = z.enum(["EMAIL_CODE", "PHONE_CODE"], { error: "onboarding.validation.unknownStep" });
export type RegistrationCodeStep = z.infer<typeof registrationCodeStep>;

/** Six digits; spaces a user types or pastes ("123 456") are ignored. */
export const registrationCode = z
  .string({ error: "onboarding.validation.codeRequired" })
  .max(20, "onboarding.validation.codeRequired")
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "onboarding.validation.codeFormat"));

/** The form the browser submits for a code (the token travels separately). */
export const registrationCodeForm = z.object({ code: registrationCode });
export type RegistrationCodeForm = z.input<typeof registrationCodeForm>;

export const sendRegistrationCodeInput = z.object({ token: invitationToken, step: registrationCodeStep });

export const verifyRegistrationCodeInput = z.object({
  token: invitationToken,
  step: registrationCodeStep,
  code: registrationCode,
});

/** The password fields are checked by newPasswordInput (lib/validation/new-password.ts) in the same action. */
export const completeRegistrationTokenInput = z.object({ token: invitationToken });
