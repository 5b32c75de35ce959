"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { reactivateTenant } from "@/lib/data/platform/reactivate-tenant";
import { getPlatformContext } from "@/lib/platform/platform-context";

/** "Mandant wieder freischalten". */
export async function reactivateTenantAction(input: { tenantId: string }): Promise<ActionResult<null>> {
  return refuseDenied(async () => {
    const ctx = await getPlatformContext();
    if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
    const result = await reactivateTenant(ctx, input);
    revalidatePath("/admin", "layout");
    return result;
  });
}
