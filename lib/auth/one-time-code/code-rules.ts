/**
 * The rules for one-time codes (security.md item 9), in one place:
 *
 * - A code is 6 digits from the CSPRNG, stored only as a keyed hash, valid for 10 minutes, single use.
 * - Issuing a new code invalidates the user's older unconsumed codes of the same purpose.
 * - A code accepts at most 5 wrong entries; after that it is refused even when correct, until a new
 *   code is issued.
 * - Sending is throttled per user and purpose: at most one code per 60 seconds and 5 per hour.
 * - Resending does not reset the failure count: wrong entries are summed over all codes of the same
 *   user and purpose issued in the last hour. At 10 failures that purpose is locked (no new code,
 *   no verification) until the oldest counted failure leaves the one-hour window.
 */
export const CODE_RULES = {
  validityMs: 10 * 60 * 1000,
  maxAttemptsPerCode: 5,
  minResendIntervalMs: 60 * 1000,
  maxSendsPerWindow: 5,
  windowMs: 60 * 60 * 1000,
  maxFailuresPerWindow: 10,
} as const;
