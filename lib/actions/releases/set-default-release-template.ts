"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setDefaultReleaseTemplate } from "@/lib/data/releases/set-default-release-template";
import { refuseDenied } from "../refuse-denied";

/** null removes the default. */
export async function setDefaultReleaseTemplateAction(templateId: string | null): Promise<ActionResult<{ id: string | null }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await setDefaultReleaseTemplate(ctx, templateId);
    return result.ok ? { ok: true, data: { id: result.id } } : result;
  });
}
