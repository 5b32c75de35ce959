"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { revokeStaffInvitation } from "@/lib/data/staff/revoke-staff-invitation";
import { STAFF_NOT_FOUND } from "@/lib/data/staff/staff-permissions";
import { staffUserInput } from "@/lib/validation/staff-invitation";

/** "Widerrufen" in the staff list: the open link stops working. */
export async function revokeStaffInvitationAction(input: unknown): Promise<InvitationResult<{ revoked: number }>> {
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: STAFF_NOT_FOUND };
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await revokeStaffInvitation(ctx, parsed.data);
  if (result.ok) revalidatePath("/broker/staff");
  return result;
}
