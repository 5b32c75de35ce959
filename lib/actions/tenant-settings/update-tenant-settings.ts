"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateTenantSettings } from "@/lib/data/tenant-settings/update-tenant-settings";
import type { TenantSettingsInput } from "@/lib/validation/tenant-settings";

/** "Speichern" on Einstellungen → Allgemein; `changed` is how many settings were different. */
export async function updateTenantSettingsAction(input: TenantSettingsInput): Promise<ActionResult<{ changed: number }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await updateTenantSettings(ctx, input);
    if (!result.ok) return result;
    // language, currency and upload limits show on every page of the tenant
    if (result.changed.length > 0) revalidatePath("/", "layout");
    return { ok: true, data: { changed: result.changed.length } };
  });
}
