import { z } from "zod";

const currentPassword = z
  .string({ error: "Bitte geben Sie Ihr aktuelles Passwort ein." })
  .min(1, "Bitte geben Sie Ihr aktuelles Passwort ein.")
  .max(128, "Das Passwort ist zu lang.");

/** Confirming a new authenticator app; the password is only needed when it replaces an active one. */
export const confirmTotpSetupInput = z.object({
  sealed: z.string().min(1).max(500),
  code: z
    .string({ error: "Bitte geben Sie den 6-stelligen Code aus Ihrer App ein." })
    .trim()
    .regex(/^\d{3} ?\d{3}$/, "Bitte geben Sie den 6-stelligen Code aus Ihrer App ein.")
    .transform((c) => c.replace(" ", "")),
  currentPassword: currentPassword.optional(),
});

export const passwordOnlyInput = z.object({ currentPassword });

export const smsSecondFactorInput = z.object({
  enabled: z.boolean({ error: "Ungültige Eingabe." }),
  currentPassword: currentPassword.optional(),
});
