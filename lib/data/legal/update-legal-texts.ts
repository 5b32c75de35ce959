import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { sanitizeRichText } from "../../tenant/rich-text/sanitize-rich-text";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { LEGAL_TEXT_FIELDS, legalTextsInput, type LegalTextField } from "../../validation/legal-texts";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type UpdateLegalTextsResult =
  | { ok: true; id: string; changed: LegalTextField[]; stored: Partial<Record<LegalTextField, string>> }
  | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

/**
 * Saves the sections the page sent. Each text is sanitised HERE, before it is stored (security.md
 * 21): whatever a browser or a hand-made request sends, the row only ever holds allow-listed markup.
 * An empty text is stored as NULL. `stored` is what the editor should show now (a dangerous link it
 * sent comes back as plain words).
 */
export async function updateLegalTexts(ctx: RequestContext | null, input: unknown): Promise<UpdateLegalTextsResult> {
  requireSettingsAdmin(ctx);
  const parsed = legalTextsInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  const stored: Partial<Record<LegalTextField, string>> = {};
  for (const field of LEGAL_TEXT_FIELDS) {
    const html = parsed.data[field];
    if (html !== undefined) stored[field] = sanitizeRichText(html);
  }
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);
  const changed = await db.$transaction(async (tx) => {
    const current = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { imprintHtml: true, privacyHtml: true, emailSignatureHtml: true },
    });
    const names = LEGAL_TEXT_FIELDS.filter((f) => stored[f] !== undefined && stored[f] !== (current[f] ?? ""));
    if (names.length === 0) return names;
    await tx.tenant.update({
      where: { id: tenantId },
      data: Object.fromEntries(names.map((f) => [f, stored[f] || null])),
    });
    await writeAudit(
      { ...audit, action: "tenant.legalTextsChanged", entityType: "Tenant", entityId: tenantId, data: { fields: names } },
      tx,
    );
    return names;
  });
  return { ok: true, id: tenantId, changed, stored };
}
