import { now as clockNow } from "../clock";
import { db } from "../db/client";
import type { DnsResolver } from "../tenant/domains/dns-resolver";
import { checkDomainDns, type DnsCheckResult } from "../tenant/domains/domain-check";
import { recordDomainCheck } from "../tenant/domains/record-domain-check";

/** Domains checked at the same time: the lookups mostly wait on other servers. */
const PARALLEL = 4;
const DEFAULT_BATCH = 8;
/**
 * A check that has not finished by then counts as a DNS error. The resolver's own timeouts apply
 * per lookup and per name server, so without this a check of up to six lookups has no firm bound.
 */
const CHECK_DEADLINE_MS = 30_000;
/** Room for writing the results after the last check. */
const LEASE_MARGIN_MS = 60_000;

type DueDomain = { id: string; tenantId: string; host: string; verificationToken: string };

async function checkWithinDeadline(row: DueDomain, resolver: DnsResolver | undefined): Promise<DnsCheckResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<DnsCheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ verified: false, reason: "dns_error" }), CHECK_DEADLINE_MS);
  });
  try {
    return await Promise.race([checkDomainDns(row.host, row.verificationToken, { resolver }), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The automatic re-check (every minute from the workers) of domains whose nextCheckAt has come, of
 * ACTIVE tenants only (a suspended portal's domains wait until it is reactivated):
 * PENDING/FAILED ones on their schedule (5 min, 15 min, 1 h, then every 6 h; none after 7 days),
 * except those another portal has taken, and VERIFIED ones once a day (record-verified-check.ts
 * switches a domain off whose records stay gone). Each gets the same DNS check as "Jetzt prüfen".
 * Rows are claimed with FOR UPDATE SKIP LOCKED and their nextCheckAt pushed past the end of the
 * batch (PARALLEL at a time, each within CHECK_DEADLINE_MS), so the in-process worker and
 * `npm run worker` instances never check the same domain twice at once; if a worker dies mid-batch,
 * another looks once that lease has passed.
 */
export async function recheckDueDomains(
  options: { resolver?: DnsResolver; now?: Date; limit?: number } = {},
): Promise<{ checked: number; verified: number }> {
  const now = options.now ?? clockNow();
  const limit = Math.max(1, Math.min(options.limit ?? DEFAULT_BATCH, 200));
  const lease = new Date(now.getTime() + Math.ceil(limit / PARALLEL) * CHECK_DEADLINE_MS + LEASE_MARGIN_MS);
  const rows = await db.$queryRaw<DueDomain[]>`
    UPDATE "Domain"
       SET "nextCheckAt" = ${lease}
     WHERE id IN (
       SELECT d.id FROM "Domain" d
        WHERE d."nextCheckAt" <= ${now}
          AND (d."lastError" IS NULL OR d."lastError" <> 'taken')
          AND EXISTS (SELECT 1 FROM "Tenant" t WHERE t.id = d."tenantId" AND t.status = 'ACTIVE')
        ORDER BY d."nextCheckAt"
        LIMIT ${limit}
        FOR UPDATE OF d SKIP LOCKED)
    RETURNING id, "tenantId", host, "verificationToken"`;

  let verified = 0;
  const checkOne = async (row: DueDomain) => {
    try {
      const dns = await checkWithinDeadline(row, options.resolver);
      const recorded = await recordDomainCheck(row, dns, {
        now,
        automatic: true,
        actor: { tenantId: row.tenantId, actorUserId: null, actorKind: "system" },
      });
      if (recorded?.status === "VERIFIED" && dns.verified) verified++;
    } catch (error) {
      // The row id only: host names and tokens belong to a tenant and stay out of shared logs.
      console.error(`[domains] re-check of ${row.id} failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  };
  const queue = [...rows];
  const lane = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) await checkOne(row);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, rows.length) }, lane));
  return { checked: rows.length, verified };
}
