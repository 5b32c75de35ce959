"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { createTenant } from "@/lib/data/platform/create-tenant";
import { getPlatformContext } from "@/lib/platform/platform-context";

/** "Mandant anlegen und Einladung senden". */
export async function createTenantAction(input: unknown): Promise<ActionResult<{ tenantId: string; slug: string }>> {
  return refuseDenied(async () => {
    const ctx = await getPlatformContext();
    if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
    const result = await createTenant(ctx, input);
    if (result.ok) revalidatePath("/admin", "layout");
    return result;
  });
}
