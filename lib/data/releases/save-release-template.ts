import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { levelsFromJson, releaseTemplateInput, TEMPLATE_NAME_TAKEN, TEMPLATE_NOT_FOUND } from "../../validation/releases";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { canManageReleaseTemplates } from "./release-access";
import { releaseChanges } from "./release-diff";

export type TemplateWriteResult =
  { ok: true; id: string } | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * Creates a named template (templateId null) or changes one, owner/admin only. Names are unique per
 * office regardless of case, so the "apply template" list never shows two look-alikes.
 */
export async function saveReleaseTemplate(
  ctx: RequestContext | null,
  templateId: string | null,
  input: unknown,
): Promise<TemplateWriteResult> {
  requireStaff(ctx);
  if (!canManageReleaseTemplates(ctx.actor)) throw new AccessDeniedError("owner or admin only");
  if (templateId !== null && !z.uuid().safeParse(templateId).success) return { ok: false, error: TEMPLATE_NOT_FOUND };
  const parsed = releaseTemplateInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const { name, levels } = parsed.data;
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);

  return db.$transaction(async (tx) => {
    const clash = await tx.releaseTemplate.findFirst({
      where: { tenantId, name: { equals: name, mode: "insensitive" }, ...(templateId ? { id: { not: templateId } } : {}) },
      select: { id: true },
    });
    if (clash) return { ok: false, field: "name", error: TEMPLATE_NAME_TAKEN } as const;

    if (templateId === null) {
      const created = await tx.releaseTemplate.create({ data: { tenantId, name, levels }, select: { id: true } });
      await writeAudit(
        { ...audit, action: "releaseTemplate.created", entityType: "ReleaseTemplate", entityId: created.id, data: { levels } },
        tx,
      );
      return { ok: true, id: created.id } as const;
    }

    const current = await tx.releaseTemplate.findFirst({
      where: { id: templateId, tenantId },
      select: { name: true, levels: true },
    });
    if (!current) return { ok: false, error: TEMPLATE_NOT_FOUND } as const;
    await tx.releaseTemplate.update({ where: { id: templateId, tenantId }, data: { name, levels } });
    await writeAudit(
      {
        ...audit,
        action: "releaseTemplate.updated",
        entityType: "ReleaseTemplate",
        entityId: templateId,
        data: { renamed: current.name !== name, changes: releaseChanges(levelsFromJson(current.levels), levels) },
      },
      tx,
    );
    return { ok: true, id: templateId } as const;
  });
}
