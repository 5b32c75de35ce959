import type { Prisma } from "../../db/generated/client";
import type { DomainCheckOutcome, DomainCheckReason } from "../../validation/domains";
import { encodeCheckError } from "./check-error";
import type { DnsCheckResult } from "./domain-check";
import { LAPSE_LIMIT, nextVerifiedCheck } from "./recheck-schedule";
import { switchOffLostDomain } from "./switch-off-lost-domain";

// The records are gone or point elsewhere. A DNS error says nothing about them and never counts.
const DEFINITIVE = new Set<DomainCheckReason>(["txt_missing", "txt_mismatch", "cname_missing", "cname_mismatch"]);

type Recorded = DomainCheckOutcome & { changed: boolean };

/**
 * A check of a VERIFIED domain: the worker's daily one, or "Jetzt prüfen" while the page warns.
 * Runs in record-domain-check.ts's transaction, under its locks. The domain keeps serving while its
 * records are missing — a DNS provider's hiccup or a botched change must not take a portal offline
 * at once. checkCount counts the daily checks in a row that found them gone (domain-lapse.ts shows
 * the warning from it); the LAPSE_LIMIT-th switches the domain off. A check that finds them resets
 * the count. A check by hand never counts: it only tells the broker whether the fix worked.
 */
export async function recordVerifiedCheck(
  tx: Prisma.TransactionClient,
  domain: { id: string; tenantId: string; host: string },
  current: { checkCount: number; isPrimary: boolean },
  dns: DnsCheckResult,
  options: { now: Date; automatic: boolean },
): Promise<Recorded> {
  const { now, automatic } = options;
  const schedule = automatic ? { lastCheckedAt: now, nextCheckAt: nextVerifiedCheck(now) } : {};
  const kept = (reason: DomainCheckReason | null, found?: string): Recorded => ({
    status: "VERIFIED",
    reason,
    found: found ?? null,
    changed: false,
  });

  if (dns.verified) {
    await tx.domain.update({ where: { id: domain.id }, data: { lastError: null, checkCount: 0, ...schedule } });
    return kept(null);
  }
  if (!DEFINITIVE.has(dns.reason)) {
    if (automatic) await tx.domain.update({ where: { id: domain.id }, data: schedule });
    return kept(dns.reason);
  }
  if (!automatic) {
    // The warning then says what is still wrong; its dates stay as they are.
    if (current.checkCount > 0) {
      await tx.domain.update({ where: { id: domain.id }, data: { lastError: encodeCheckError(dns.reason, dns.found) } });
    }
    return kept(dns.reason, dns.found);
  }
  const streak = current.checkCount + 1;
  if (streak >= LAPSE_LIMIT) {
    await switchOffLostDomain(tx, { ...domain, isPrimary: current.isPrimary }, { now, reason: dns.reason });
    return { status: "FAILED", reason: dns.reason, found: dns.found ?? null, changed: true };
  }
  await tx.domain.update({
    where: { id: domain.id },
    data: { lastError: encodeCheckError(dns.reason, dns.found), checkCount: streak, ...schedule },
  });
  return kept(dns.reason, dns.found);
}
