import { z } from "zod";
import { optionalE164 } from "./phone-number";

// Messages are catalog keys (lib/i18n/messages/*/contacts.json).
const required = (max: number, missing: string) => z.string().trim().min(1, missing).max(max, "contacts.validation.tooLong");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "contacts.validation.tooLong")
    .transform((v) => v || null);

/** A contact person of a company customer; phone numbers are stored as E.164, the e-mail in lower case. */
export const contactPersonInput = z.object({
  firstName: required(100, "contacts.validation.firstNameRequired"),
  lastName: required(100, "contacts.validation.lastNameRequired"),
  position: optionalText(100),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "contacts.validation.emailInvalid")
    .transform((value, ctx) => {
      if (!value) return null;
      if (!z.email().safeParse(value).success) {
        ctx.addIssue({ code: "custom", message: "contacts.validation.emailInvalid" });
        return z.NEVER;
      }
      return value;
    }),
  businessPhone: optionalE164("contacts.validation.businessPhoneInvalid"),
  mobile: optionalE164("contacts.validation.mobileInvalid"),
});

export type ContactPersonInput = z.input<typeof contactPersonInput>;
export type ContactPersonData = z.output<typeof contactPersonInput>;

/** The fields a contact person's audit entry may name (never their values). */
export const CONTACT_PERSON_FIELDS = ["firstName", "lastName", "position", "email", "businessPhone", "mobile"] as const;
