import type { AppLocale } from "../locales";
import { ENGLISH, GERMAN, type Messages } from "./catalog";

/** Swiss Standard German writes "ss" for "ß" (Strasse, Grüsse); derived so de-CH never drifts from de. */
function swiss<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("ß", "ss") as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, swiss(entry)])) as T;
  }
  return value;
}

const SWISS = swiss(GERMAN);

export function messagesFor(locale: AppLocale): Messages {
  if (locale === "en-GB") return ENGLISH;
  return locale === "de-CH" ? SWISS : GERMAN;
}
