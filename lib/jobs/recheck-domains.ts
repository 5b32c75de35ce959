import { now as clockNow } from "../clock";
import { db } from "../db/client";
import type { DnsResolver } from "../tenant/domains/dns-resolver";
import { checkDomainDns } from "../tenant/domains/domain-check";
import { recordDomainCheck } from "../tenant/domains/record-domain-check";

/** A claimed row is pushed this far ahead; if the worker dies mid-check another one looks then. */
const LEASE_MS = 5 * 60_000;

type DueDomain = { id: string; tenantId: string; host: string; verificationToken: string };

/**
 * The automatic re-check (every minute from the workers): PENDING/FAILED domains whose nextCheckAt
 * has come, except those another portal has taken. Each gets the same DNS check as "Jetzt prüfen";
 * record-domain-check.ts sets the next time (5 min, 15 min, 1 h, then every 6 h; none after 7 days).
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so the in-process worker and `npm run worker`
 * instances never check the same domain twice at once.
 */
export async function recheckDueDomains(
  options: { resolver?: DnsResolver; now?: Date; limit?: number } = {},
): Promise<{ checked: number; verified: number }> {
  const now = options.now ?? clockNow();
  const limit = Math.max(1, Math.min(options.limit ?? 20, 200));
  const lease = new Date(now.getTime() + LEASE_MS);
  const rows = await db.$queryRaw<DueDomain[]>`
    UPDATE "Domain"
       SET "nextCheckAt" = ${lease}
     WHERE id IN (
       SELECT id FROM "Domain"
        WHERE status IN ('PENDING', 'FAILED')
          AND "nextCheckAt" <= ${now}
          AND ("lastError" IS NULL OR "lastError" <> 'taken')
        ORDER BY "nextCheckAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "tenantId", host, "verificationToken"`;

  let verified = 0;
  for (const row of rows) {
    try {
      const dns = await checkDomainDns(row.host, row.verificationToken, { resolver: options.resolver });
      const recorded = await recordDomainCheck(row, dns, {
        now,
        automatic: true,
        actor: { tenantId: row.tenantId, actorUserId: null, actorKind: "system" },
      });
      if (recorded?.status === "VERIFIED") verified++;
    } catch (error) {
      // The row id only: host names and tokens belong to a tenant and stay out of shared logs.
      console.error(`[domains] re-check of ${row.id} failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  }
  return { checked: rows.length, verified };
}
