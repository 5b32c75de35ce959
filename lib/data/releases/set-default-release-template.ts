import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { TEMPLATE_NOT_FOUND } from "../../validation/releases";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { isOwnReleaseTemplate } from "./is-own-release-template";
import { canManageReleaseTemplates } from "./release-access";

export type DefaultTemplateResult = { ok: true; id: string | null } | { ok: false; error: typeof TEMPLATE_NOT_FOUND };

/** Chooses the office's default template (null: none, new customers start with nothing released). */
export async function setDefaultReleaseTemplate(
  ctx: RequestContext | null,
  templateId: string | null,
): Promise<DefaultTemplateResult> {
  requireStaff(ctx);
  if (!canManageReleaseTemplates(ctx.actor)) throw new AccessDeniedError("owner or admin only");
  if (templateId !== null && !z.uuid().safeParse(templateId).success) return { ok: false, error: TEMPLATE_NOT_FOUND };
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  return db.$transaction(async (tx) => {
    if (templateId !== null && !(await isOwnReleaseTemplate(tx, tenantId, templateId))) {
      return { ok: false, error: TEMPLATE_NOT_FOUND } as const;
    }
    await tx.tenant.update({ where: { id: tenantId }, data: { defaultReleaseTemplateId: templateId } });
    await writeAudit(
      { ...audit, action: "releaseTemplate.defaultChanged", entityType: "Tenant", entityId: tenantId, data: { templateId } },
      tx,
    );
    return { ok: true, id: templateId } as const;
  });
}
