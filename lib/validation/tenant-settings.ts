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
