import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits";

// Kept free of the zxcvbn dictionaries so forms stay light; the common/personal checks run on the
// server with checkNewPassword (lib/auth/password-policy.ts). Same limits, counted in code points.
// Messages are catalog keys; {passwordMin}/{passwordMax} are filled in when they are translated.
const codePoints = (value: string) => [...value.normalize("NFC")].length;

export const newPasswordInput = z
  .object({
    password: z
      .string({ error: "onboarding.password.validation.required" })
      .refine((v) => codePoints(v) >= PASSWORD_MIN_LENGTH, "onboarding.password.validation.tooShort")
      .refine((v) => codePoints(v) <= PASSWORD_MAX_LENGTH, "onboarding.password.validation.tooLong"),
    passwordRepeat: z.string({ error: "onboarding.password.validation.repeatRequired" }),
  })
  .refine((v) => v.password === v.passwordRepeat, {
    message: "onboarding.password.validation.mismatch",
    path: ["passwordRepeat"],
  });
export type NewPasswordInput = z.infer<typeof newPasswordInput>;
