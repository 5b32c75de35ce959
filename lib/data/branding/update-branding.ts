import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { checkBrandContrast, type ContrastProblem } from "../../tenant/contrast";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { brandingInput } from "../../validation/branding";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type UpdateBrandingResult =
  { ok: true; warnings: ContrastProblem[] } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

const FIELDS = ["name", "loginText", "primaryColor", "secondaryColor", "textColor"] as const;

/**
 * "Speichern" on the branding tab: display name, login text and the three colours. Poor contrast is
 * allowed (the brand may demand it) but comes back as warnings the form shows with a proposed fix.
 */
export async function updateBranding(ctx: RequestContext | null, input: unknown): Promise<UpdateBrandingResult> {
  requireSettingsAdmin(ctx);
  const parsed = brandingInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const next = { ...parsed.data, loginText: parsed.data.loginText || null };
  const tenantId = ctx.tenant.id;

  await db.$transaction(async (tx) => {
    const current = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { name: true, loginText: true, primaryColor: true, secondaryColor: true, textColor: true },
    });
    const changed = FIELDS.filter((field) => current[field] !== next[field]);
    if (changed.length === 0) return;
    await tx.tenant.update({ where: { id: tenantId }, data: next });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "tenant.brandingChanged",
        entityType: "Tenant",
        entityId: tenantId,
        data: { fields: changed },
      },
      tx,
    );
  });
  clearTenantCache();
  return { ok: true, warnings: checkBrandContrast(next) };
}
