import { z } from "zod";

export const loginInput = z.object({
  identifier: z.string().trim().min(1, "Bitte geben Sie Ihre E-Mail-Adresse oder Kundennummer ein.").max(254),
  password: z.string().min(1, "Bitte geben Sie Ihr Passwort ein.").max(256, "Das Passwort ist zu lang."),
  otp: z
    .string()
    .trim()
    .max(20, "Der Code ist zu lang.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  // next-auth posts form values as strings
  remember: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(false),
});
export type LoginInput = z.input<typeof loginInput>;
