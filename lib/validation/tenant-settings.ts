import { z } from "zod";
import { MAX_UPLOAD_MB } from "../documents/upload-limits";
import type { MessageKey } from "../i18n/message-key";

// Einstellungen → Allgemein: one schema for the form (early check) and the data layer (the check).
// Values are the database's (Tenant.locale, currency, customer2faPolicy); the document limit is
// entered in whole MB and stored in bytes.

export const TENANT_LOCALES = ["de_DE", "de_CH", "en"] as const;
export const TENANT_CURRENCIES = ["EUR", "CHF"] as const;
export const CUSTOMER_2FA_POLICIES = ["OFF", "OPTIONAL", "REQUIRED"] as const;

/** security.md 11: idle timeout at most 1 h; below 5 min people are signed out while reading. */
export const SESSION_IDLE_MINUTES = { min: 5, max: 60 } as const;
/** security.md 11: absolute lifetime at most 24 h (lib/auth/session-lifetime.ts caps it there too). */
export const SESSION_ABSOLUTE_HOURS = { min: 1, max: 24 } as const;
/** The platform's MAX_UPLOAD_MB stays the ceiling; a tenant may only lower it. */
export const DOCUMENT_LIMIT_MB = { min: 1, max: MAX_UPLOAD_MB } as const;

/** A whole number in the range, typed into a text box (so also "15"); one message says what is allowed. */
const wholeNumber = (range: { min: number; max: number }, message: MessageKey) =>
  z.coerce.number<string | number>({ error: message }).int(message).min(range.min, message).max(range.max, message);

// zod reports the closest member of a union, so each member carries the message
const TEMPLATE_INVALID = "tenantSettings.validation.templateInvalid" satisfies MessageKey;

// With these ranges the absolute lifetime (at least 1 h) is never shorter than the idle timeout (at
// most 60 min), which isSessionAlive relies on; no cross-field rule is needed while that holds.
export const tenantSettingsInput = z.object({
  locale: z.enum(TENANT_LOCALES, { error: "tenantSettings.validation.localeInvalid" satisfies MessageKey }),
  currency: z.enum(TENANT_CURRENCIES, { error: "tenantSettings.validation.currencyInvalid" satisfies MessageKey }),
  customer2faPolicy: z.enum(CUSTOMER_2FA_POLICIES, { error: "tenantSettings.validation.policyInvalid" satisfies MessageKey }),
  sessionIdleMinutes: wholeNumber(SESSION_IDLE_MINUTES, "tenantSettings.validation.idleRange"),
  sessionAbsoluteHours: wholeNumber(SESSION_ABSOLUTE_HOURS, "tenantSettings.validation.absoluteRange"),
  documentMaxMb: wholeNumber(DOCUMENT_LIMIT_MB, "tenantSettings.validation.documentRange"),
  // "" is the form's "Keine Vorlage"; whether the template belongs to the tenant is checked in the data layer
  defaultReleaseTemplateId: z
    .union([z.literal("", { error: TEMPLATE_INVALID }), z.uuid({ error: TEMPLATE_INVALID })], { error: TEMPLATE_INVALID })
    .nullable()
    .transform((id) => id || null),
});
export type TenantSettingsInput = z.input<typeof tenantSettingsInput>;
export type TenantSettings = z.output<typeof tenantSettingsInput>;

// "Kontaktdaten Ihres Büros": what customers see on their start page, the registration page and change
// notices, and where replies to invitations go. Every field may stay empty (a new office fills it in
// over time); empty text is stored as null.

export const OFFICE_COUNTRIES = ["DE", "CH"] as const;
export const OFFICE_CONTACT_MAX = {
  legalName: 200,
  contactEmail: 254,
  contactPhone: 40,
  street: 140,
  city: 100,
  officeHours: 300,
} as const;

const CONTACT = "tenantSettings.contact.validation";
// a missing or non-text field (never sent by the form) gets the field's message too, not zod's English
const optionalText = (max: number, message: MessageKey) =>
  z
    .string({ error: message })
    .trim()
    .max(max, message)
    .transform((v) => v || null);

/** DE: five digits, CH: four digits (lib/validation/customer.ts knows the same formats for customers). */
const POSTAL_CODE = { DE: /^\d{5}$/, CH: /^\d{4}$/ } as const satisfies Record<(typeof OFFICE_COUNTRIES)[number], RegExp>;
const POSTAL_CODE_MESSAGE = {
  DE: `${CONTACT}.postalCodeDe`,
  CH: `${CONTACT}.postalCodeCh`,
} as const satisfies Record<(typeof OFFICE_COUNTRIES)[number], MessageKey>;

const EMAIL = z.email();

export const officeContactInput = z
  .object(
    {
      legalName: optionalText(OFFICE_CONTACT_MAX.legalName, `${CONTACT}.legalNameTooLong`),
      contactEmail: z
        .string({ error: `${CONTACT}.emailInvalid` satisfies MessageKey })
        .trim()
        .toLowerCase()
        .max(OFFICE_CONTACT_MAX.contactEmail, `${CONTACT}.emailInvalid`)
        .refine((v) => !v || EMAIL.safeParse(v).success, `${CONTACT}.emailInvalid`)
        .transform((v) => v || null),
      // shown as typed ("+49 89 1234567-0"); the contact card dials the digits
      contactPhone: z
        .string({ error: `${CONTACT}.phoneInvalid` satisfies MessageKey })
        .trim()
        .max(OFFICE_CONTACT_MAX.contactPhone, `${CONTACT}.phoneInvalid`)
        .refine((v) => !v || (/^\+?[\d\s\-/().]+$/.test(v) && v.replace(/\D/g, "").length >= 6), `${CONTACT}.phoneInvalid`)
        .transform((v) => v || null),
      street: optionalText(OFFICE_CONTACT_MAX.street, `${CONTACT}.streetTooLong`),
      // the format depends on the country: checked below
      postalCode: z
        .string({ error: `${CONTACT}.postalCodeDe` satisfies MessageKey })
        .trim()
        .transform((v) => v || null),
      city: optionalText(OFFICE_CONTACT_MAX.city, `${CONTACT}.cityTooLong`),
      country: z.enum(OFFICE_COUNTRIES, { error: `${CONTACT}.countryInvalid` satisfies MessageKey }),
      officeHours: optionalText(OFFICE_CONTACT_MAX.officeHours, `${CONTACT}.officeHoursTooLong`),
    },
    { error: "common.errors.checkInput" satisfies MessageKey },
  )
  .superRefine((value, ctx) => {
    if (value.postalCode && !POSTAL_CODE[value.country].test(value.postalCode)) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: POSTAL_CODE_MESSAGE[value.country] });
    }
    // half an address on the contact card is worse than none
    if ([value.street, value.postalCode, value.city].some(Boolean)) {
      for (const field of ["street", "postalCode", "city"] as const) {
        if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: `${CONTACT}.addressIncomplete` });
      }
    }
  });
export type OfficeContactInput = z.input<typeof officeContactInput>;
export type OfficeContact = z.output<typeof officeContactInput>;
