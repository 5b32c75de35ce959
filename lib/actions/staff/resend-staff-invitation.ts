"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { resendStaffInvitation } from "@/lib/data/staff/resend-staff-invitation";
import { STAFF_NOT_FOUND } from "@/lib/data/staff/staff-permissions";
import { staffUserInput } from "@/lib/validation/staff-invitation";

/** "Erneut einladen" in the staff list. */
export async function resendStaffInvitationAction(input: unknown): Promise<InvitationResult<{ sentAt: Date; expiresAt: Date }>> {
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: STAFF_NOT_FOUND };
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await resendStaffInvitation(ctx, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/broker/staff");
  return { ok: true, data: { sentAt: result.data.sentAt, expiresAt: result.data.expiresAt } };
}
