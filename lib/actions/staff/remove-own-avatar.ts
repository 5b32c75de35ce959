"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { removeOwnAvatar } from "@/lib/data/staff/remove-own-avatar";

/** "Foto entfernen" on the staff security page. */
export async function removeOwnAvatarAction(): Promise<ActionResult<null>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await removeOwnAvatar(ctx);
    if (!result.ok) return result;
    revalidatePath("/broker/security");
    return { ok: true, data: null };
  });
}
