import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { MessageKey } from "../../i18n/message-key";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { canManageReleaseTemplates } from "./release-access";

/** The office's "Anzeige im Kundenportal" settings (SMV: Ablaufdaten / Finanzdaten ausblenden). */
export const portalDisplayInput = z.strictObject({
  hideExpiryDates: z.boolean(),
  hideFinancials: z.boolean(),
});
export type PortalDisplayInput = z.infer<typeof portalDisplayInput>;

export type PortalDisplayResult =
  { ok: true; id: string; changed: ("portalHideExpiryDates" | "portalHideFinancials")[] } | { ok: false; error: MessageKey };

/**
 * Saves what every customer of the office is shown. Like release templates it shapes every folder at
 * once, so only owners and admins change it. Takes effect on the next request (tenant cache cleared).
 */
export async function setPortalDisplay(ctx: RequestContext | null, input: unknown): Promise<PortalDisplayResult> {
  requireStaff(ctx);
  if (!canManageReleaseTemplates(ctx.actor)) throw new AccessDeniedError("owner or admin only");
  const parsed = portalDisplayInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput" };
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  const changed = await db.$transaction(async (tx) => {
    const current = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { portalHideExpiryDates: true, portalHideFinancials: true },
    });
    const next = { portalHideExpiryDates: parsed.data.hideExpiryDates, portalHideFinancials: parsed.data.hideFinancials };
    const names = (Object.keys(next) as (keyof typeof next)[]).filter((k) => current[k] !== next[k]);
    if (names.length === 0) return names;
    await tx.tenant.update({ where: { id: tenantId }, data: next });
    await writeAudit(
      { ...audit, action: "tenant.portalDisplayChanged", entityType: "Tenant", entityId: tenantId, data: { changed: names } },
      tx,
    );
    return names;
  });
  if (changed.length > 0) clearTenantCache();
  return { ok: true, id: tenantId, changed };
}
