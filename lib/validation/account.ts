import { z } from "zod";
import { newPasswordInput } from "./new-password";

export const forgotPasswordInput = z.object({
  email: z
    .string({ error: "Bitte geben Sie Ihre E-Mail-Adresse ein." })
    .trim()
    .min(1, "Bitte geben Sie Ihre E-Mail-Adresse ein.")
    .max(254, "Die E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse ein.")),
});
export type ForgotPasswordInput = z.input<typeof forgotPasswordInput>;

/** The token travels in the form body, not only the URL, so the action never reads the path. */
export const resetPasswordInput = z.intersection(
  newPasswordInput,
  z.object({ token: z.string({ error: "Der Link ist ungültig." }).max(200, "Der Link ist ungültig.") }),
);
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;

export const changePasswordInput = z.intersection(
  z.object({
    currentPassword: z
      .string({ error: "Bitte geben Sie Ihr aktuelles Passwort ein." })
      .min(1, "Bitte geben Sie Ihr aktuelles Passwort ein.")
      .max(256, "Das Passwort ist zu lang."),
  }),
  newPasswordInput,
);
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const INVALID_RESET_LINK_MESSAGE = "Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen Link an.";
