"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { changeStaffRole } from "@/lib/data/staff/change-staff-role";

/** "Rolle ändern" in the staff list; the data layer validates the input and the actor. */
export async function changeStaffRoleAction(input: unknown): Promise<InvitationResult<{ changed: boolean }>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await changeStaffRole(ctx, input);
  if (result.ok) revalidatePath("/broker/staff");
  return result;
}
