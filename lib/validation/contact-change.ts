import { z } from "zod";

// Same rule as normalizeMobile (lib/data/invitations/mask-contact.ts), repeated here because forms
// may not import the data layer; the data layer normalises again and is the authority.
const MOBILE = /^\+[1-9]\d{7,14}$/;
const compactMobile = (raw: string) => raw.replace(/[\s\-/().]/g, "").replace(/^00/, "+");

const INVALID_FORM = { error: "Bitte prüfen Sie Ihre Eingaben." };

const currentPassword = z
  .string({ error: "Bitte geben Sie Ihr aktuelles Passwort ein." })
  .min(1, "Bitte geben Sie Ihr aktuelles Passwort ein.")
  .max(256, "Das Passwort ist zu lang.");

export const requestEmailChangeInput = z.object(
  {
    newEmail: z
      .string({ error: "Bitte geben Sie die neue E-Mail-Adresse ein." })
      .max(254, "Die E-Mail-Adresse ist zu lang.")
      .trim()
      .min(1, "Bitte geben Sie die neue E-Mail-Adresse ein.")
      .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse ein."))
      .transform((v) => v.toLowerCase()),
    currentPassword,
  },
  INVALID_FORM,
);
export type RequestEmailChangeInput = z.input<typeof requestEmailChangeInput>;

export const requestPhoneChangeInput = z.object(
  {
    newPhone: z
      .string({ error: "Bitte geben Sie die neue Mobilnummer ein." })
      .max(40, "Die Mobilnummer ist zu lang.")
      .trim()
      .min(1, "Bitte geben Sie die neue Mobilnummer ein.")
      .transform(compactMobile)
      .refine((v) => MOBILE.test(v), "Bitte geben Sie die Mobilnummer im internationalen Format ein, z. B. +49 170 1234567."),
    currentPassword,
  },
  INVALID_FORM,
);
export type RequestPhoneChangeInput = z.input<typeof requestPhoneChangeInput>;

export const confirmContactChangeInput = z.object(
  {
    channel: z.enum(["email", "phone"], { error: "Ungültige Anfrage." }),
    code: z
      .string({ error: "Bitte geben Sie den 6-stelligen Code ein." })
      .max(20, "Bitte geben Sie den 6-stelligen Code ein.")
      .transform((v) => v.replace(/\s/g, ""))
      .refine((v) => /^\d{6}$/.test(v), "Bitte geben Sie den 6-stelligen Code ein."),
  },
  INVALID_FORM,
);
export type ConfirmContactChangeInput = z.input<typeof confirmContactChangeInput>;
