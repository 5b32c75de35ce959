"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateBranding } from "@/lib/data/branding/update-branding";
import type { ContrastProblem } from "@/lib/tenant/contrast";

/** "Speichern" on the branding tab; contrast problems come back as warnings, the values are saved. */
export async function updateBrandingAction(input: unknown): Promise<ActionResult<{ warnings: ContrastProblem[] }>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await updateBranding(ctx, input);
    if (!result.ok) return result;
    // name and colours show in every layout of the tenant
    revalidatePath("/", "layout");
    return { ok: true, data: { warnings: result.warnings } };
  });
}
