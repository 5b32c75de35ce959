import { now } from "../../clock";

// Authenticator-app defaults (SHA-1, 6 digits, 30 s): every common app supports exactly these.
export const TOTP_PERIOD_SECONDS = 30;
// ±1 step (±30 s) for clock drift between phone and server, as RFC 6238 §5.2 recommends.
export const TOTP_TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

/** Current time in epoch seconds from lib/clock, so tests can move time with setClockOffset. */
export function epochSeconds(): number {
  return Math.floor(now().getTime() / 1000);
}

/** Digits only: apps show "123 456", people paste with spaces. */
export function normalizeTotpCode(code: string): string | null {
  const digits = code.replace(/\s+/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Associated data for the encrypted secret: binds it to its user row. */
export const totpSecretContext = (userId: string) => `totp:${userId}`;
