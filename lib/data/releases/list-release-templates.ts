import "server-only";
import { db } from "../../db/client";
import { levelsFromJson, type ReleaseLevels } from "../../validation/releases";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { canManageReleaseTemplates } from "./release-access";

export type ReleaseTemplateItem = { id: string; name: string; levels: ReleaseLevels; isDefault: boolean };
export type ReleaseTemplateOverview = {
  templates: ReleaseTemplateItem[];
  defaultTemplateId: string | null;
  /** owner/admin: may create, change, delete templates and choose the default */
  canManage: boolean;
};

/** The tenant's release templates by name. Every staff member may read them to apply one. */
export async function listReleaseTemplates(ctx: RequestContext | null): Promise<ReleaseTemplateOverview> {
  requireStaff(ctx);
  const [rows, tenant] = await Promise.all([
    db.releaseTemplate.findMany({
      where: { tenantId: ctx.tenant.id },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, name: true, levels: true },
    }),
    db.tenant.findUniqueOrThrow({ where: { id: ctx.tenant.id }, select: { defaultReleaseTemplateId: true } }),
  ]);
  // A default pointing at a deleted template (no foreign key on that column) counts as none.
  const defaultTemplateId = rows.some((r) => r.id === tenant.defaultReleaseTemplateId) ? tenant.defaultReleaseTemplateId : null;
  return {
    templates: rows.map((r) => ({
      id: r.id,
      name: r.name,
      levels: levelsFromJson(r.levels),
      isDefault: r.id === defaultTemplateId,
    })),
    defaultTemplateId,
    canManage: canManageReleaseTemplates(ctx.actor),
  };
}
