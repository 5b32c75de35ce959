import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { TEMPLATE_NOT_FOUND } from "../../validation/releases";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { canManageReleaseTemplates } from "./release-access";
import type { TemplateWriteResult } from "./save-release-template";

/**
 * Deletes a template, owner/admin only. Customers keep the levels they were given (a template is a
 * preset, not a link); if it was the office default, there is no default afterwards.
 */
export async function deleteReleaseTemplate(ctx: RequestContext | null, templateId: string): Promise<TemplateWriteResult> {
  requireStaff(ctx);
  if (!canManageReleaseTemplates(ctx.actor)) throw new AccessDeniedError("owner or admin only");
  if (!z.uuid().safeParse(templateId).success) return { ok: false, error: TEMPLATE_NOT_FOUND };
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  return db.$transaction(async (tx) => {
    const { count } = await tx.releaseTemplate.deleteMany({ where: { id: templateId, tenantId } });
    if (count === 0) return { ok: false, error: TEMPLATE_NOT_FOUND } as const;
    const cleared = await tx.tenant.updateMany({
      where: { id: tenantId, defaultReleaseTemplateId: templateId },
      data: { defaultReleaseTemplateId: null },
    });
    await writeAudit(
      {
        ...audit,
        action: "releaseTemplate.deleted",
        entityType: "ReleaseTemplate",
        entityId: templateId,
        data: { wasDefault: cleared.count > 0 },
      },
      tx,
    );
    return { ok: true, id: templateId } as const;
  });
}
