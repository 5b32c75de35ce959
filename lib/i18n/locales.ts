import type { Locale as DbLocale } from "../db/generated/enums";

/** The locales a tenant can run in (issue 7: de-DE, de-CH, en). Tags are BCP 47, as Intl expects. */
// en-GB, not en: English readers of a German or Swiss broker expect day-first dates, not US ones.
export const LOCALES = ["de-DE", "de-CH", "en-GB"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "de-DE";

/** What a visitor picks in the language switcher; German follows the tenant's variant (de-DE or de-CH). */
export const LANGUAGES = ["de", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_COOKIE = "mp_lang";

const FROM_DB: Record<DbLocale, AppLocale> = { de_DE: "de-DE", de_CH: "de-CH", en: "en-GB" };
const TO_DB: Record<AppLocale, DbLocale> = { "de-DE": "de_DE", "de-CH": "de_CH", "en-GB": "en" };

export function localeFromDb(value: DbLocale | null | undefined): AppLocale {
  return value ? FROM_DB[value] : DEFAULT_LOCALE;
}

export function localeToDb(value: AppLocale): DbLocale {
  return TO_DB[value];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function languageOf(locale: AppLocale): Language {
  return locale === "en-GB" ? "en" : "de";
}

/**
 * The locale for a chosen language within a tenant: German keeps the tenant's German variant so a
 * Swiss broker's customers get de-CH spelling and number formats.
 */
export function localeFor(language: Language | null | undefined, tenantLocale: AppLocale): AppLocale {
  if (!language) return tenantLocale;
  if (language === "en") return "en-GB";
  return tenantLocale === "de-CH" ? "de-CH" : "de-DE";
}
