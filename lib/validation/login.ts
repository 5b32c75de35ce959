import { z } from "zod";

export const loginInput = z.object({
  identifier: z.string().trim().min(1, "Bitte geben Sie Ihre E-Mail-Adresse oder Kundennummer ein.").max(254),
  password: z.string().min(1, "Bitte geben Sie Ihr Passwort ein.").max(256),
});
export type LoginInput = z.infer<typeof loginInput>;
