type Locale = "de_DE" | "de_CH" | "en";
const TAG: Record<Locale, string> = { de_DE: "de-DE", de_CH: "de-CH", en: "en-GB" };

/** 1.234,56 € (de-DE) · CHF 1’234.56 (de-CH). Money arrives as a decimal string, never a float from the DB. */
export function formatMoney(value: string | null, currency: "EUR" | "CHF", locale: Locale = "de_DE"): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(TAG[locale], { style: "currency", currency }).format(Number(value));
}

/** TT.MM.JJJJ, in UTC because contract dates are calendar dates without a time zone. */
export function formatDate(value: Date | null, locale: Locale = "de_DE"): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(TAG[locale], { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    value,
  );
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}
