import { z } from "zod";
import type { MessageKey } from "../i18n/message-key";
import { newPasswordInput } from "./new-password";

// Messages are catalog keys (lib/i18n/messages/*/account.json); the forms translate them.
export const forgotPasswordInput = z.object({
  email: z
    .string({ error: "account.validation.emailRequired" })
    .trim()
    .min(1, "account.validation.emailRequired")
    .max(254, "account.validation.emailTooLong")
    .pipe(z.email("account.validation.emailInvalid")),
});
export type ForgotPasswordInput = z.input<typeof forgotPasswordInput>;

/** The token travels in the form body, not only the URL, so the action never reads the path. */
export const resetPasswordInput = z.intersection(
  newPasswordInput,
  z.object({ token: z.string({ error: "account.validation.linkInvalid" }).max(200, "account.validation.linkInvalid") }),
);
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;

export const changePasswordInput = z.intersection(
  z.object({
    currentPassword: z
      .string({ error: "account.validation.currentPasswordRequired" })
      .min(1, "account.validation.currentPasswordRequired")
      .max(256, "account.validation.passwordTooLong"),
  }),
  newPasswordInput,
);
export type ChangePasswordInput = z.input<typeof changePasswordInput>;

export const INVALID_RESET_LINK_MESSAGE: MessageKey = "account.resetPassword.linkInvalid";
