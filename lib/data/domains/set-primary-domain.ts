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

export type SetPrimaryDomainResult = { ok: true; id: string } | { ok: false; error: Msg };

/**
 * "Als Hauptdomain verwenden": links in e-mails use this domain from now on (tenant-base-url.ts).
 * Only a verified domain qualifies — a pending one would send customers to an address that does not
 * reach the portal.
 */
export async function setPrimaryDomain(ctx: RequestContext | null, input: unknown): Promise<SetPrimaryDomainResult> {
  requireSettingsAdmin(ctx);
  const parsed = domainIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "domains.errors.notFound" };
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  const result = await db.$transaction(async (tx): Promise<SetPrimaryDomainResult & { changed?: boolean }> => {
    await lockTenantDomains(tx, tenantId);
    const domain = await tx.domain.findFirst({
      where: { id: parsed.data.domainId, tenantId },
      select: { id: true, status: true, isPrimary: true },
    });
    if (!domain) return { ok: false, error: "domains.errors.notFound" };
    if (domain.status !== "VERIFIED") return { ok: false, error: "domains.errors.notVerified" };
    if (domain.isPrimary) return { ok: true, id: domain.id };
    await tx.domain.updateMany({ where: { tenantId, isPrimary: true }, data: { isPrimary: false } });
    await tx.domain.update({ where: { id: domain.id }, data: { isPrimary: true } });
    await writeAudit(
      { ...audit, action: "tenant.primaryDomainSet", entityType: "Domain", entityId: domain.id, data: { fields: ["isPrimary"] } },
      tx,
    );
    return { ok: true, id: domain.id, changed: true };
  });
  if (!result.ok) return result;
  if (result.changed) clearTenantCache();
  return { ok: true, id: result.id };
}
