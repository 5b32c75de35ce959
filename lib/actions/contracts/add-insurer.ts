"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { addInsurer } from "@/lib/data/catalog/add-insurer";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { refuseDenied } from "../refuse-denied";

export async function addInsurerAction(name: string): Promise<ActionResult<{ id: string; name: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await addInsurer(ctx, { name });
    return result.ok ? { ok: true, data: { id: result.id, name: result.name } } : result;
  });
}
