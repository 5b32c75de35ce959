import { isLanguage, LANGUAGE_COOKIE, type Language } from "./locales";

/**
 * The language switcher's choice from a raw Cookie header (next-auth's authorize sees only headers);
 * null when none or an unknown value was sent.
 */
export function languageFromCookieHeader(header: string | null | undefined): Language | null {
  for (const pair of header?.split(";") ?? []) {
    const [name, value] = pair.split("=", 2).map((part) => part.trim());
    if (name === LANGUAGE_COOKIE) return isLanguage(value) ? value : null;
  }
  return null;
}
