import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { officeContactInput, type OfficeContact } from "../../validation/tenant-settings";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import { writeChangedTenantColumns } from "./write-changed-tenant-columns";

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
  const tenantId = ctx.tenant.id;
  const audit = { ...actorAudit(ctx), tenantId };
  const changed = await db.$transaction((tx) =>
    writeChangedTenantColumns(tx, audit, Object.keys(parsed.data) as Column[], parsed.data),
  );
  const result = { ok: true, id: tenantId, changed } as const;
  // the same rule as every Tenant change: the per-process cache must not outlive it
  if (result.changed.length > 0) clearTenantCache();
  return result;
}
