import type { AppLocale } from "./locales";

/** Times (code sent at, invitation expires at) are shown in the office's zone, not the server's. */
export function timeZoneFor(locale: AppLocale): string {
  return locale === "de-CH" ? "Europe/Zurich" : "Europe/Berlin";
}
