import { electronicFormatIBAN, isValidBIC, isValidIBAN } from "ibantools";
import { z } from "zod";
import { now } from "../clock";
import { optionalE164 } from "./phone-number";

// Messages are catalog keys (lib/i18n/messages/*/customers.json).
const text = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, key)
    .transform((v) => v || null);

const required = (max: number, missing: string, tooLong: string) => z.string().trim().min(1, missing).max(max, tooLong);

export const SALUTATIONS = ["Herr", "Frau", "Divers"] as const;
export const COUNTRIES = ["DE", "CH", "AT", "LI", "LU", "FR", "IT", "NL", "BE", "PL", "DK"] as const;

const POSTAL_CODE: Partial<Record<(typeof COUNTRIES)[number], RegExp>> = {
  DE: /^\d{5}$/,
  CH: /^\d{4}$/,
  AT: /^\d{4}$/,
  LI: /^\d{4}$/,
};

/** Whether a postcode fits the country's format (countries without a known format accept any). */
export function postalCodeFits(country: string, postalCode: string): boolean {
  const pattern = POSTAL_CODE[country as (typeof COUNTRIES)[number]];
  return !pattern || pattern.test(postalCode);
}

/** A calendar date "JJJJ-MM-TT" between 1900 and today (no future birthdays). */
const birthDate = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "customers.validation.birthDateInvalid" });
      return z.NEVER;
    }
    if (date.getUTCFullYear() < 1900 || date.getTime() > now().getTime()) {
      ctx.addIssue({ code: "custom", message: "customers.validation.birthDateOutOfRange" });
      return z.NEVER;
    }
    return date;
  });

export const bankAccountInput = z.object({
  holder: required(140, "customers.validation.holderRequired", "customers.validation.tooLong"),
  iban: z
    .string()
    .trim()
    .max(50, "customers.validation.ibanInvalid")
    .transform((value, ctx) => {
      const iban = electronicFormatIBAN(value) ?? "";
      if (!isValidIBAN(iban)) {
        ctx.addIssue({ code: "custom", message: "customers.validation.ibanInvalid" });
        return z.NEVER;
      }
      return iban;
    }),
  bic: z
    .string()
    .trim()
    .max(11, "customers.validation.bicInvalid")
    .transform((value, ctx) => {
      const bic = value.replace(/\s/g, "").toUpperCase();
      if (!bic) return null;
      if (!isValidBIC(bic)) {
        ctx.addIssue({ code: "custom", message: "customers.validation.bicInvalid" });
        return z.NEVER;
      }
      return bic;
    }),
});

const common = {
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "customers.validation.emailInvalid")
    .transform((value, ctx) => {
      if (!value) return null;
      if (!z.email().safeParse(value).success) {
        ctx.addIssue({ code: "custom", message: "customers.validation.emailInvalid" });
        return z.NEVER;
      }
      return value;
    }),
  mobile: optionalE164("customers.validation.mobileInvalid"),
  phone: optionalE164("customers.validation.phoneInvalid"),
  street: text(140, "customers.validation.tooLong"),
  postalCode: text(10, "customers.validation.tooLong"),
  city: text(100, "customers.validation.tooLong"),
  country: z.enum(COUNTRIES, { error: "customers.validation.countryInvalid" }),
  advisorId: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.uuid("customers.validation.advisorInvalid").nullable()),
  customerNumber: z
    .string()
    .trim()
    .max(30, "customers.validation.customerNumberInvalid")
    .regex(/^[A-Za-z0-9][A-Za-z0-9\-/.]*$|^$/, "customers.validation.customerNumberInvalid")
    // "K-" plus digits is the generated series; a huge typed one would push it past what it counts.
    .refine((v) => !/^K-\d{13,}$/.test(v), "customers.validation.customerNumberInvalid")
    .transform((v) => v || null),
  notes: text(4000, "customers.validation.notesTooLong"),
  /** Left out by staff without the bank-account right: then the stored accounts stay as they are. */
  bankAccounts: z.array(bankAccountInput).max(10, "customers.validation.tooManyBankAccounts").optional(),
  /** Set after the broker saw the "same name and birth date" warning and wants a second record anyway. */
  confirmSimilar: z.boolean().default(false),
};

const person = z.object({
  kind: z.literal("PERSON"),
  salutation: z.enum([...SALUTATIONS, ""], { error: "customers.validation.salutationInvalid" }).transform((v) => v || null),
  title: text(40, "customers.validation.tooLong"),
  firstName: required(100, "customers.validation.firstNameRequired", "customers.validation.tooLong"),
  lastName: required(100, "customers.validation.lastNameRequired", "customers.validation.tooLong"),
  birthDate,
  ...common,
});

const company = z.object({
  kind: z.literal("COMPANY"),
  companyName: required(200, "customers.validation.companyNameRequired", "customers.validation.tooLong"),
  legalForm: text(60, "customers.validation.tooLong"),
  parentCompanyId: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.uuid("customers.validation.parentInvalid").nullable()),
  ...common,
});

/** One schema for the create and the edit form (the edit form cannot change the kind). */
export const customerInput = z
  .discriminatedUnion("kind", [person, company], { error: "customers.validation.kindRequired" })
  .superRefine(
    (value, ctx) => {
      if (typeof value.postalCode === "string" && value.postalCode && !postalCodeFits(value.country, value.postalCode)) {
        ctx.addIssue({ code: "custom", path: ["postalCode"], message: "customers.validation.postalCodeInvalid" });
      }
      const accounts = Array.isArray(value.bankAccounts) ? value.bankAccounts : [];
      if (accounts.some((a, i) => accounts.findIndex((b) => b?.iban === a?.iban) !== i)) {
        ctx.addIssue({ code: "custom", path: ["bankAccounts"], message: "customers.validation.ibanTwice" });
      }
    },
    // Also when other fields are wrong, so the form shows every problem at once, not one per round.
    { when: (payload) => !payload.issues.some((issue) => ["postalCode", "country"].includes(String(issue.path?.[0]))) },
  );

export type CustomerInput = z.input<typeof customerInput>;
export type CustomerData = z.output<typeof customerInput>;
