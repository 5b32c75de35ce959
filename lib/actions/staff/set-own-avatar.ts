"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setOwnAvatar } from "@/lib/data/staff/set-own-avatar";

/** "Foto hochladen" on the staff security page: the form posts the file as FormData field "photo". */
export async function setOwnAvatarAction(formData: FormData): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await setOwnAvatar(ctx, { photo: formData instanceof FormData ? formData.get("photo") : null });
    if (!result.ok) return result;
    revalidatePath("/broker/security");
    return { ok: true, data: null };
  });
}
