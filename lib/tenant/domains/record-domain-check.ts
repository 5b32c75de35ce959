import type { AuditEntry } from "../../audit/write-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { DomainCheckOutcome, DomainCheckReason } from "../../validation/domains";
import { clearTenantCache } from "../resolve-tenant";
import { encodeCheckError } from "./check-error";
import type { DnsCheckResult } from "./domain-check";
import { lockTenantDomains } from "./lock-tenant-domains";
import { nextAutomaticCheck, nextVerifiedCheck } from "./recheck-schedule";
import { recordVerifiedCheck } from "./record-verified-check";

type Actor = Pick<AuditEntry, "tenantId" | "actorUserId" | "actorKind" | "ip" | "userAgent">;

// A wrong value needs the broker to change something; a missing record or a DNS hiccup may fix itself.
const FAILED_REASONS = new Set<DomainCheckReason>(["txt_mismatch", "cname_mismatch", "taken"]);

/**
 * Writes the outcome of a check (by hand or by the worker) for one domain row. Runs under an
 * advisory lock on the host, so of several tenants holding the same host only the first whose DNS
 * passes becomes VERIFIED: a later one finds that row and gets "taken" whatever its DNS says, and
 * the winner marks every other tenant's unverified row for the host as FAILED/taken. The first
 * verified domain of a tenant becomes its primary one (links in e-mails). A check by hand restarts
 * the automatic schedule; the worker's count moves it on. A VERIFIED domain is checked daily from
 * then on (record-verified-check.ts). Null when the row was removed meanwhile.
 */
export async function recordDomainCheck(
  domain: { id: string; tenantId: string; host: string },
  dns: DnsCheckResult,
  options: { now: Date; automatic: boolean; actor: Actor },
): Promise<DomainCheckOutcome | null> {
  const { now, automatic, actor } = options;
  const outcome = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`domain:${domain.host}`}::text))`;
    // Also the tenant's lock (add/remove/set-primary): two of its hosts verified at once must not
    // both become primary. Always host first, then tenant.
    await lockTenantDomains(tx, domain.tenantId);
    const current = await tx.domain.findFirst({
      where: { id: domain.id, tenantId: domain.tenantId },
      select: { status: true, checkCount: true, isPrimary: true },
    });
    if (!current) return null;
    if (current.status === "VERIFIED") return recordVerifiedCheck(tx, domain, current, dns, { now, automatic });

    const takenElsewhere = await tx.domain.findFirst({
      where: { host: domain.host, status: "VERIFIED", tenantId: { not: domain.tenantId } },
      select: { id: true },
    });
    const result: DnsCheckResult | { verified: false; reason: "taken"; found?: undefined } = takenElsewhere
      ? { verified: false, reason: "taken" }
      : dns;
    const checkCount = automatic ? current.checkCount + 1 : 0;

    if (result.verified) {
      const hasPrimary = await tx.domain.count({
        where: { tenantId: domain.tenantId, status: "VERIFIED", isPrimary: true },
      });
      await tx.domain.update({
        where: { id: domain.id },
        data: {
          status: "VERIFIED",
          verifiedAt: now,
          lastCheckedAt: now,
          lastError: null,
          // From now on the daily check (record-verified-check.ts) counts missing records here.
          nextCheckAt: nextVerifiedCheck(now),
          checkCount: 0,
          isPrimary: hasPrimary === 0,
        },
      });
      await tx.domain.updateMany({
        where: { host: domain.host, tenantId: { not: domain.tenantId }, status: { not: "VERIFIED" } },
        data: { status: "FAILED", lastError: encodeCheckError("taken"), nextCheckAt: null },
      });
      await writeAudit(
        {
          ...actor,
          action: "tenant.domainVerified",
          entityType: "Domain",
          entityId: domain.id,
          data: { primary: hasPrimary === 0, automatic },
        },
        tx,
      );
      return { status: "VERIFIED", reason: null, found: null, changed: true } as const;
    }

    const status = FAILED_REASONS.has(result.reason) ? "FAILED" : "PENDING";
    await tx.domain.update({
      where: { id: domain.id },
      data: {
        status,
        lastError: encodeCheckError(result.reason, result.found),
        lastCheckedAt: now,
        nextCheckAt: result.reason === "taken" ? null : nextAutomaticCheck(checkCount, now),
        checkCount,
      },
    });
    return { status, reason: result.reason, found: result.found ?? null, changed: status !== current.status } as const;
  });
  if (!outcome) return null;
  if (outcome.changed) clearTenantCache();
  const { changed: _changed, ...recorded } = outcome;
  return recorded;
}
