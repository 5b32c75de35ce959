/** "DE89 3704 0044 0532 0130 00" → "DE•• •••• •••• •••• •••• 3000": country and the last four digits only. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s/g, "").toUpperCase();
  if (compact.length <= 6) return "••••";
  const masked = compact.slice(0, 2) + "•".repeat(compact.length - 6) + compact.slice(-4);
  return masked.replace(/(.{4})/g, "$1 ").trim();
}
