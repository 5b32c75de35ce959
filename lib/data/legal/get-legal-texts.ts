import "server-only";
import { db } from "../../db/client";
import type { LegalTexts } from "../../validation/legal-texts";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

/** The stored imprint, privacy policy and e-mail signature for the settings editor ("" when none). */
export async function getLegalTexts(ctx: RequestContext | null): Promise<LegalTexts> {
  requireSettingsAdmin(ctx);
  const row = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { imprintHtml: true, privacyHtml: true, emailSignatureHtml: true },
  });
  return {
    imprintHtml: row.imprintHtml ?? "",
    privacyHtml: row.privacyHtml ?? "",
    emailSignatureHtml: row.emailSignatureHtml ?? "",
  };
}
