import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { db } from "../../db/client";
import { BYTES_PER_MB } from "../../documents/upload-limits";
import type { Msg } from "../../i18n/message-key";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { TEMPLATE_NOT_FOUND } from "../../validation/releases";
import { tenantSettingsInput } from "../../validation/tenant-settings";
import type { RequestContext } from "../context/types";
import { isOwnReleaseTemplate } from "../releases/is-own-release-template";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import { writeChangedTenantColumns } from "./write-changed-tenant-columns";

/** The Tenant columns this page writes; their names are what the audit entry lists. */
const COLUMNS = [
  "locale",
  "currency",
  "customer2faPolicy",
  "sessionIdleMinutes",
  "sessionAbsoluteHours",
  "documentMaxBytes",
  "defaultReleaseTemplateId",
] as const;
type Column = (typeof COLUMNS)[number];

export type UpdateTenantSettingsResult =
  { ok: true; id: string; changed: Column[] } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

const refuse = (fieldErrors: Record<string, Msg>): UpdateTenantSettingsResult => ({
  ok: false,
  error: "common.errors.checkInput",
  fieldErrors,
});

/**
 * Saves Einstellungen → Allgemein (owner/admin): all fields at once, or nothing when one is wrong.
 * The default release template must be one of the tenant's own (the same rule as
 * setDefaultReleaseTemplate, checked here so the whole page is one transaction). Changed column names
 * go to the audit; the tenant cache is cleared because TenantBranding carries locale, currency and
 * the session limits, which then apply from the next request on.
 */
export async function updateTenantSettings(ctx: RequestContext | null, input: unknown): Promise<UpdateTenantSettingsResult> {
  requireSettingsAdmin(ctx);
  const parsed = tenantSettingsInput.safeParse(input);
  if (!parsed.success) return refuse(fieldErrorsFrom(parsed.error.issues));
  const { documentMaxMb, ...rest } = parsed.data;
  const next = { ...rest, documentMaxBytes: documentMaxMb * BYTES_PER_MB };
  const tenantId = ctx.tenant.id;
  const audit = { ...actorAudit(ctx), tenantId };

  const result = await db.$transaction(async (tx) => {
    const templateId = next.defaultReleaseTemplateId;
    if (templateId && !(await isOwnReleaseTemplate(tx, tenantId, templateId))) {
      return refuse({ defaultReleaseTemplateId: TEMPLATE_NOT_FOUND });
    }
    const changed = await writeChangedTenantColumns(tx, audit, COLUMNS, next);
    return { ok: true, id: tenantId, changed } as const;
  });
  if (result.ok && result.changed.length > 0) clearTenantCache();
  return result;
}
