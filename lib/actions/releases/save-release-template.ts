"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { saveReleaseTemplate } from "@/lib/data/releases/save-release-template";
import type { ReleaseTemplateInput } from "@/lib/validation/releases";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** Creates a template (templateId null) or saves changes to one; owners and admins only. */
export async function saveReleaseTemplateAction(
  templateId: string | null,
  input: ReleaseTemplateInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => writeResult(await saveReleaseTemplate(ctx, templateId, input)));
}
