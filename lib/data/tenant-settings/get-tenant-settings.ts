import "server-only";
import { db } from "../../db/client";
import { bytesInMb, effectiveUploadLimit } from "../../documents/upload-limits";
import type { TenantSettings } from "../../validation/tenant-settings";
import type { RequestContext } from "../context/types";
import { listReleaseTemplates } from "../releases/list-release-templates";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type TenantSettingsView = {
  values: TenantSettings;
  /** the choices of "Standard-Freigabevorlage" by name */
  templates: { id: string; name: string }[];
};

/** Einstellungen → Allgemein as stored, for the form; owner/admin only. */
export async function getTenantSettings(ctx: RequestContext | null): Promise<TenantSettingsView> {
  requireSettingsAdmin(ctx);
  const [row, overview] = await Promise.all([
    db.tenant.findUniqueOrThrow({
      where: { id: ctx.tenant.id },
      select: {
        locale: true,
        currency: true,
        customer2faPolicy: true,
        sessionIdleMinutes: true,
        sessionAbsoluteHours: true,
        documentMaxBytes: true,
      },
    }),
    // its defaultTemplateId already treats a default pointing at a deleted template as none
    listReleaseTemplates(ctx),
  ]);
  const { documentMaxBytes, ...rest } = row;
  return {
    values: {
      ...rest,
      // what uploads are held to, so a value above the platform's ceiling never shows as allowed
      documentMaxMb: bytesInMb(effectiveUploadLimit(documentMaxBytes)),
      defaultReleaseTemplateId: overview.defaultTemplateId,
    },
    templates: overview.templates.map(({ id, name }) => ({ id, name })),
  };
}
