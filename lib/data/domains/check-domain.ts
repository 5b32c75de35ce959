import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { now as clockNow } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import type { DnsResolver } from "../../tenant/domains/dns-resolver";
import { checkDomainDns } from "../../tenant/domains/domain-check";
import { recordDomainCheck } from "../../tenant/domains/record-domain-check";
import { domainIdInput, type DomainCheckOutcome } from "../../validation/domains";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type CheckDomainResult = ({ ok: true; id: string } & DomainCheckOutcome) | { ok: false; error: Msg };

/** "Jetzt prüfen" may hit the broker's DNS provider at most this often per domain. */
const MIN_INTERVAL_MS = 10_000;

/**
 * "Jetzt prüfen": looks up the domain's DNS now and records the result (record-domain-check.ts
 * decides under a lock whether another portal already holds the host). The lookup runs before that
 * lock so a slow DNS server never holds a database connection. A verified domain stays verified; on
 * one the page warns about, the check tells the broker whether the fix worked (and ends the warning).
 */
export async function checkDomain(
  ctx: RequestContext | null,
  input: unknown,
  options: { resolver?: DnsResolver } = {},
): Promise<CheckDomainResult> {
  requireSettingsAdmin(ctx);
  const parsed = domainIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "domains.errors.notFound" };
  const tenantId = ctx.tenant.id;
  const domain = await db.domain.findFirst({
    where: { id: parsed.data.domainId, tenantId },
    select: { id: true, tenantId: true, host: true, status: true, verificationToken: true, lastError: true },
  });
  if (!domain) return { ok: false, error: "domains.errors.notFound" };
  // A verified domain is checked by hand only while the daily check finds its records missing.
  if (domain.status === "VERIFIED" && !domain.lastError) {
    return { ok: true, id: domain.id, status: "VERIFIED", reason: null, found: null };
  }

  const now = clockNow();
  // Claims the check in one statement, so double clicks and parallel tabs cannot get round the limit.
  const claimed = await db.domain.updateMany({
    where: {
      id: domain.id,
      tenantId,
      OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lte: new Date(now.getTime() - MIN_INTERVAL_MS) } }],
    },
    data: { lastCheckedAt: now },
  });
  if (claimed.count === 0) return { ok: false, error: "domains.errors.checkTooSoon" };

  const dns = await checkDomainDns(domain.host, domain.verificationToken, { resolver: options.resolver });
  const recorded = await recordDomainCheck(domain, dns, { now, automatic: false, actor: actorAudit(ctx) });
  if (!recorded) return { ok: false, error: "domains.errors.notFound" };
  return { ok: true, id: domain.id, ...recorded };
}
