/** "sophie.wagner@demo.example" → "s••••••••••r@demo.example": recognisable, not readable. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const hidden = local.length <= 2 ? `${local[0]}•` : `${local[0]}${"•".repeat(Math.min(local.length - 2, 10))}${local.at(-1)}`;
  return `${hidden}@${domain}`;
}

// Two-digit country codes we meet in DACH portals; others fall back to the first digit group.
const TWO_DIGIT_COUNTRY = /^\+(49|43|41|31|32|33|34|39|44|45|46|47|48)/;

/** "+491701234512" → "+49 170 ••• ••12", like the broker portals customers know. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  const cc = TWO_DIGIT_COUNTRY.exec(digits)?.[0] ?? digits.slice(0, 2);
  const rest = digits.slice(cc.length);
  if (rest.length < 6) return `${cc} ••• ••`;
  return `${cc} ${rest.slice(0, 3)} ••• ••${rest.slice(-2)}`;
}

/** Stored numbers should be E.164 already; tolerate separators and a 00 prefix. */
export function normalizeMobile(raw: string): string | null {
  const compact = raw.replace(/[\s\-/().]/g, "").replace(/^00/, "+");
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}
