import { localeFromDb } from "../../i18n/locales";
import { timeZoneFor } from "../../i18n/time-zone";
import type { Locale } from "../../db/generated/enums";

/** "meine-daten-K-10001-2026-03-12.zip": the office's calendar day; only characters safe in a header. */
export function exportFileName(customerNumber: string, at: Date, tenantLocale: Locale): string {
  const date = new Intl.DateTimeFormat("en-CA", {
    timeZone: timeZoneFor(localeFromDb(tenantLocale)),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
  const number = customerNumber.replace(/[^A-Za-z0-9_-]+/g, "_").slice(0, 40) || "kunde";
  return `meine-daten-${number}-${date}.zip`;
}
