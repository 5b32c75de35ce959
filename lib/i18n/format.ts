import type { AppLocale } from "./locales";
import { timeZoneFor } from "./time-zone";

/** 1.234,56 € (de-DE) · CHF 1’234.56 (de-CH) · €1,234.56 (en). Money arrives as a decimal string, never a float. */
export function formatMoney(value: string | null, currency: "EUR" | "CHF", locale: AppLocale): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(Number(value));
}

/** 01.01.2026 (de) · 01/01/2026 (en), in UTC because contract dates are calendar dates without a time zone. */
export function formatDate(value: Date | null, locale: AppLocale): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(value);
}

/** A moment (invitation sent, link expires) in the office's time zone, date and time short. */
export function formatDateTime(value: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: timeZoneFor(locale) }).format(value);
}

export function formatBytes(bytes: number, locale: AppLocale): string {
  const [value, unit, digits] =
    bytes < 1024 ? [bytes, "B", 0] : bytes < 1024 * 1024 ? [bytes / 1024, "KB", 0] : [bytes / 1024 / 1024, "MB", 1];
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${number.format(value)} ${unit}`;
}
