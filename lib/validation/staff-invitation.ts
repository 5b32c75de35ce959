import { z } from "zod";

export const STAFF_ROLE_KEYS = ["owner", "admin", "advisor", "backoffice", "partner"] as const;
export type StaffRoleKey = (typeof STAFF_ROLE_KEYS)[number];

export const STAFF_ROLE_LABELS: Record<StaffRoleKey, string> = {
  owner: "Inhaber",
  admin: "Administrator",
  advisor: "Berater",
  backoffice: "Innendienst",
  partner: "Kooperationspartner",
};

// Same tolerance as normalizeMobile (separators, 00 prefix); the data layer stores E.164.
const MOBILE = /^(\+|00)[1-9][\d\s\-/().]{7,24}$/;

/** The "Mitarbeiter einladen" form; shared by the form (zodResolver) and the data layer. */
export const staffInvitationInput = z.object({
  firstName: z.string().trim().min(1, "Bitte geben Sie den Vornamen ein.").max(100, "Der Vorname ist zu lang."),
  lastName: z.string().trim().min(1, "Bitte geben Sie den Nachnamen ein.").max(100, "Der Nachname ist zu lang."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Bitte geben Sie die E-Mail-Adresse ein.")
    .max(254, "Die E-Mail-Adresse ist zu lang.")
    .pipe(z.email("Bitte geben Sie eine gültige E-Mail-Adresse ein.")),
  mobile: z
    .string()
    .trim()
    .min(1, "Bitte geben Sie die Mobilnummer ein (für den SMS-Code der Registrierung).")
    .regex(MOBILE, "Bitte geben Sie die Mobilnummer im internationalen Format ein, z. B. +49 170 1234567."),
  roleKey: z.enum(STAFF_ROLE_KEYS, { error: "Bitte wählen Sie eine Rolle." }),
});
export type StaffInvitationInput = z.input<typeof staffInvitationInput>;

export const staffUserInput = z.object({
  userId: z.uuid({ error: "Dieser Mitarbeiter wurde nicht gefunden." }),
});
export type StaffUserInput = z.infer<typeof staffUserInput>;
