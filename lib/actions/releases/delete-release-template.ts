"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deleteReleaseTemplate } from "@/lib/data/releases/delete-release-template";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function deleteReleaseTemplateAction(templateId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => writeResult(await deleteReleaseTemplate(ctx, templateId)));
}
