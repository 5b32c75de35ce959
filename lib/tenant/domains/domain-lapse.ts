import { LAPSE_LIMIT, VERIFIED_RECHECK_MS } from "./recheck-schedule";

/** A verified domain whose daily checks no longer find its records: since when, and when it goes off. */
export type DomainLapse = { since: Date; switchOffAt: Date };

/**
 * Derived from the row, without columns of its own: on a VERIFIED domain, lastError is set and
 * checkCount counts the daily checks in a row that found the records gone (record-verified-check.ts),
 * and nextCheckAt is the next of them — a check by hand moves neither. The first failing check was
 * checkCount days before nextCheckAt; the LAPSE_LIMIT-th switches the domain off.
 */
export function domainLapse(row: {
  status: string;
  lastError: string | null;
  checkCount: number;
  nextCheckAt: Date | null;
}): DomainLapse | null {
  if (row.status !== "VERIFIED" || !row.lastError || row.checkCount < 1 || !row.nextCheckAt) return null;
  const next = row.nextCheckAt.getTime();
  return {
    since: new Date(next - row.checkCount * VERIFIED_RECHECK_MS),
    switchOffAt: new Date(next + (LAPSE_LIMIT - 1 - row.checkCount) * VERIFIED_RECHECK_MS),
  };
}
