"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { resendStaffInvitation } from "@/lib/data/staff/resend-staff-invitation";
import { staffUserInput } from "@/lib/validation/staff-invitation";

/** "Erneut einladen" in the staff list. */
export async function resendStaffInvitationAction(input: unknown): Promise<InvitationResult<{ sentAt: Date; expiresAt: Date }>> {
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Dieser Mitarbeiter wurde nicht gefunden." };
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "Bitte melden Sie sich erneut an." };
  const result = await resendStaffInvitation(ctx, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/broker/staff");
  return { ok: true, data: { sentAt: result.data.sentAt, expiresAt: result.data.expiresAt } };
}
