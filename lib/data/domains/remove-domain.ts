import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { lockTenantDomains } from "../../tenant/domains/lock-tenant-domains";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { domainIdInput } from "../../validation/domains";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type RemoveDomainResult = { ok: true; id: string; newPrimaryId: string | null } | { ok: false; error: Msg };

/**
 * "Entfernen": the domain stops serving the portal at once. When it was the primary domain, the
 * longest-verified remaining domain takes over; without one, links use <slug>.<ROOT_DOMAIN> again.
 */
export async function removeDomain(ctx: RequestContext | null, input: unknown): Promise<RemoveDomainResult> {
  requireSettingsAdmin(ctx);
  const parsed = domainIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "domains.errors.notFound" };
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  const outcome = await db.$transaction(async (tx) => {
    // Same lock as set-primary-domain.ts: the fallback must not race a primary change.
    await lockTenantDomains(tx, tenantId);
    const domain = await tx.domain.findFirst({
      where: { id: parsed.data.domainId, tenantId },
      select: { id: true, status: true, isPrimary: true },
    });
    if (!domain) return null;
    await tx.domain.delete({ where: { id: domain.id } });
    const next =
      domain.isPrimary && domain.status === "VERIFIED"
        ? await tx.domain.findFirst({
            where: { tenantId, status: "VERIFIED" },
            orderBy: { verifiedAt: "asc" },
            select: { id: true },
          })
        : null;
    if (next) await tx.domain.update({ where: { id: next.id }, data: { isPrimary: true } });
    await writeAudit(
      {
        ...audit,
        action: "tenant.domainRemoved",
        entityType: "Domain",
        entityId: domain.id,
        data: { wasPrimary: domain.isPrimary, newPrimaryId: next?.id ?? null },
      },
      tx,
    );
    return { id: domain.id, served: domain.status === "VERIFIED", newPrimaryId: next?.id ?? null };
  });
  if (!outcome) return { ok: false, error: "domains.errors.notFound" };
  if (outcome.served) clearTenantCache();
  return { ok: true, id: outcome.id, newPrimaryId: outcome.newPrimaryId };
}
