import { z } from "zod";
import { invitationToken } from "./invitation";

export const registrationCodeStep = z.enum(["EMAIL_CODE", "PHONE_CODE"], { error: "Unbekannter Registrierungsschritt." });
export type RegistrationCodeStep = z.infer<typeof registrationCodeStep>;

/** Six digits; spaces a user types or pastes ("123 456") are ignored. */
export const registrationCode = z
  .string({ error: "Bitte geben Sie den 6-stelligen Code ein." })
  .max(20, "Bitte geben Sie den 6-stelligen Code ein.")
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Der Code besteht aus genau 6 Ziffern."));

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
