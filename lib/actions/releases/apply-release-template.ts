"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { applyReleaseTemplate } from "@/lib/data/releases/apply-release-template";
import type { ApplyReleaseTemplateInput } from "@/lib/validation/releases";
import { refuseDenied } from "../refuse-denied";

export type ApplyTemplateCounts = { changed: number; unchanged: number; skipped: number };

/** Bulk: one template onto the chosen customers (only those the staff member may edit are changed). */
export async function applyReleaseTemplateAction(input: ApplyReleaseTemplateInput): Promise<ActionResult<ApplyTemplateCounts>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await applyReleaseTemplate(ctx, input);
    if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors };
    const { changed, unchanged, skipped } = result;
    return { ok: true, data: { changed, unchanged, skipped } };
  });
}
