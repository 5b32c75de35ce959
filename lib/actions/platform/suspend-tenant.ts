"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { suspendTenant } from "@/lib/data/platform/suspend-tenant";
import { getPlatformContext } from "@/lib/platform/platform-context";
import type { SuspendTenantInput } from "@/lib/validation/platform";

/** "Mandant sperren" (reason required, confirmed in the form). */
export async function suspendTenantAction(input: SuspendTenantInput): Promise<ActionResult<null>> {
  return refuseDenied(async () => {
    const ctx = await getPlatformContext();
    if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
    const result = await suspendTenant(ctx, input);
    revalidatePath("/admin", "layout");
    return result;
  });
}
