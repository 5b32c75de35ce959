"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setBrandingImage } from "@/lib/data/branding/set-branding-image";

/** "Hochladen" in the logo or favicon panel: the form posts the file as FormData field "file". */
export async function setBrandingImageAction(kind: unknown, formData: FormData): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await setBrandingImage(ctx, kind, { file: formData instanceof FormData ? formData.get("file") : null });
    if (!result.ok) return result;
    revalidatePath("/", "layout");
    return { ok: true, data: null };
  });
}
