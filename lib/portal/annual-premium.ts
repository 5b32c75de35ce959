import type { PaymentFrequency } from "../db/generated/client";

/** Instalments per year; a single premium has no yearly equivalent and is reported apart. */
export const PAYMENTS_PER_YEAR: Record<PaymentFrequency, number | null> = {
  MONTHLY: 12,
  QUARTERLY: 4,
  HALF_YEARLY: 2,
  YEARLY: 1,
  SINGLE: null,
};

/** "182.07" → 18207. Exact: premiums are stored as Decimal(12,2) and must not pass through floats. */
export function toCents(amount: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
  if (!match) throw new Error(`not a money amount: ${amount}`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? "0").padEnd(2, "0"));
  return match[1] ? -cents : cents;
}

/**
 * Yearly premium in cents for one contract: instalment × payments per year (monthly 54,00 → 648,00;
 * half-yearly 182,07 → 364,14). Null when it cannot be annualised (no premium, no or single payment).
 * A contract without a frequency is not guessed to be yearly: it is left out and counted as unknown.
 */
export function annualPremiumCents(grossPremium: string | null, frequency: PaymentFrequency | null): number | null {
  if (grossPremium === null || frequency === null) return null;
  const perYear = PAYMENTS_PER_YEAR[frequency];
  return perYear === null ? null : toCents(grossPremium) * perYear;
}
