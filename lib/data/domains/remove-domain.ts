import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { lockTenantDomains } from "../../tenant/domains/lock-tenant-domains";
import { promoteNextPrimary } from "../../tenant/domains/promote-next-primary";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { domainIdInput } from "../../validation/domains";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type RemoveDomainResult = { ok: true; id: string; newPrimaryId: string | null } | { ok: false; error: Msg };

/**
 * "Entfernen": the domain stops serving the portal at once. When it was the primary domain, another
 * verified domain takes over (promote-next-primary.ts).
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
    const newPrimaryId = domain.isPrimary && domain.status === "VERIFIED" ? await promoteNextPrimary(tx, tenantId) : null;
    await writeAudit(
      {
        ...audit,
        action: "tenant.domainRemoved",
        entityType: "Domain",
        entityId: domain.id,
        data: { wasPrimary: domain.isPrimary, newPrimaryId },
      },
      tx,
    );
    return { id: domain.id, served: domain.status === "VERIFIED", newPrimaryId };
  });
  if (!outcome) return { ok: false, error: "domains.errors.notFound" };
  if (outcome.served) clearTenantCache();
  return { ok: true, id: outcome.id, newPrimaryId: outcome.newPrimaryId };
}
