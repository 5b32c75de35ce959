import { z } from "zod";

// Messages are catalog keys (lib/i18n/messages/*/account.json); the forms translate them.
const currentPassword = z
  .string({ error: "account.validation.currentPasswordRequired" })
  .min(1, "account.validation.currentPasswordRequired")
  .max(128, "account.validation.passwordTooLong");

/** Confirming a new authenticator app; the password is only needed when it replaces an active one. */
export const confirmTotpSetupInput = z.object({
  sealed: z.string().min(1).max(500),
  code: z
    .string({ error: "account.validation.appCodeSixDigits" })
    .trim()
    .regex(/^\d{3} ?\d{3}$/, "account.validation.appCodeSixDigits")
    .transform((c) => c.replace(" ", "")),
  currentPassword: currentPassword.optional(),
});

export const passwordOnlyInput = z.object({ currentPassword });

export const smsSecondFactorInput = z.object({
  enabled: z.boolean({ error: "account.errors.invalidInput" }),
  currentPassword: currentPassword.optional(),
});
