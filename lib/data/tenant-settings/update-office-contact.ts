import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { officeContactInput, type OfficeContact } from "../../validation/tenant-settings";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

type Column = keyof OfficeContact;

export type UpdateOfficeContactResult =
  { ok: true; id: string; changed: Column[] } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * Saves "Kontaktdaten Ihres Büros" (owner/admin): all fields at once, or nothing when one is wrong.
 * The audit lists the names of the changed fields, never the values.
 */
export async function updateOfficeContact(ctx: RequestContext | null, input: unknown): Promise<UpdateOfficeContactResult> {
  requireSettingsAdmin(ctx);
  const parsed = officeContactInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const next = parsed.data;
  const columns = Object.keys(next) as Column[];
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);

  const result = await db.$transaction(async (tx) => {
    const current = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: Object.fromEntries(columns.map((c) => [c, true])) as Record<Column, true>,
    });
    const changed = columns.filter((c) => current[c] !== next[c]);
    if (changed.length > 0) {
      await tx.tenant.update({ where: { id: tenantId }, data: next });
      await writeAudit(
        { ...audit, action: "tenant.settingsChanged", entityType: "Tenant", entityId: tenantId, data: { fields: changed } },
        tx,
      );
    }
    return { ok: true, id: tenantId, changed } as const;
  });
  // the same rule as every Tenant change: the per-process cache must not outlive it
  if (result.changed.length > 0) clearTenantCache();
  return result;
}
