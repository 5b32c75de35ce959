"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { removeBrandingImage } from "@/lib/data/branding/remove-branding-image";

/** "Entfernen" in the logo or favicon panel. */
export async function removeBrandingImageAction(kind: unknown): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await removeBrandingImage(ctx, kind);
    if (!result.ok) return result;
    revalidatePath("/", "layout");
    return { ok: true, data: null };
  });
}
