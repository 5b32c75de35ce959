"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { disableStaff } from "@/lib/data/staff/disable-staff";

/** "Zugang sperren" in the staff list: the member's sessions end with their next request. */
export async function disableStaffAction(input: unknown): Promise<InvitationResult<{ disabled: true }>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await disableStaff(ctx, input);
  if (result.ok) revalidatePath("/broker/staff");
  return result;
}
