import "server-only";
import { db } from "../../db/client";
import { serverEnv } from "../../env";
import { decodeCheckError, LOST } from "../../tenant/domains/check-error";
import { dnsInstructions } from "../../tenant/domains/dns-instructions";
import { domainLapse, type DomainLapse } from "../../tenant/domains/domain-lapse";
import { platformCnameTarget } from "../../tenant/domains/platform-cname-target";
import { subdomainBaseUrl } from "../../tenant/domains/subdomain-url";
import type { DomainView } from "../../validation/domains";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

/** One card on the domains page. */
export type DomainListItem = DomainView & {
  /** the daily check no longer finds the records of this verified domain: the page warns */
  lapse: DomainLapse | null;
  /** when the daily check switched this domain off, while the broker has not checked it again */
  lostAt: Date | null;
};

export type DomainsOverview = {
  /** https://<slug>.<ROOT_DOMAIN>: always works */
  subdomainUrl: string;
  /** https://<primary host> when a verified primary domain exists */
  primaryUrl: string | null;
  /** where custom domains point with their CNAME */
  cnameTarget: string;
  domains: DomainListItem[];
};

/**
 * The domains page: the tenant's own custom domains with status, last result and DNS records to set
 * (also on a verified domain whose records the daily check no longer finds, so they can be fixed).
 */
export async function listDomains(ctx: RequestContext | null): Promise<DomainsOverview> {
  requireSettingsAdmin(ctx);
  const rows = await db.domain.findMany({
    where: { tenantId: ctx.tenant.id },
    orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      host: true,
      status: true,
      isPrimary: true,
      verificationToken: true,
      verifiedAt: true,
      lastCheckedAt: true,
      lastError: true,
      nextCheckAt: true,
      checkCount: true,
    },
  });
  const target = platformCnameTarget();
  const protocol = serverEnv().PUBLIC_PROTOCOL;
  const domains = rows.map(({ verificationToken, lastError, checkCount, ...row }): DomainListItem => {
    const verified = row.status === "VERIFIED";
    const lapse = domainLapse({ ...row, lastError, checkCount });
    const lost = !verified && lastError === LOST;
    const { reason, found } = decodeCheckError(verified && !lapse ? null : lastError);
    return {
      ...row,
      reason,
      found,
      lapse,
      lostAt: lost ? row.lastCheckedAt : null,
      // The worker clears nextCheckAt when it gives up, always after a check.
      autoCheckEnded: !verified && !lost && row.nextCheckAt === null && row.lastCheckedAt !== null && reason !== "taken",
      records: verified && !lapse ? [] : dnsInstructions(row.host, verificationToken, target),
      apex: row.host.split(".").length === 2,
    };
  });
  const primary = domains.find((d) => d.isPrimary && d.status === "VERIFIED");
  return {
    subdomainUrl: subdomainBaseUrl(ctx.tenant.slug),
    primaryUrl: primary ? `${protocol}://${primary.host}` : null,
    cnameTarget: target,
    domains,
  };
}
