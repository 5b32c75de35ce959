import { z } from "zod";

// Messages are catalog keys (lib/i18n/messages/*/login.json); the form translates them.
export const loginInput = z.object({
  identifier: z
    .string({ error: "login.validation.identifierRequired" })
    .trim()
    .min(1, "login.validation.identifierRequired")
    .max(254, "login.validation.identifierTooLong"),
  password: z
    .string({ error: "login.validation.passwordRequired" })
    .min(1, "login.validation.passwordRequired")
    .max(256, "login.validation.passwordTooLong"),
  otp: z
    .string()
    .trim()
    .max(20, "login.validation.codeTooLong")
    .optional()
    .transform((v) => (v ? v : undefined)),
  // next-auth posts form values as strings
  remember: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
});
export type LoginInput = z.input<typeof loginInput>;
