"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { inviteStaff } from "@/lib/data/staff/invite-staff";

/** "Mitarbeiter einladen" on /broker/staff; the data layer validates the form (staffInvitationInput). */
export async function inviteStaffAction(input: unknown): Promise<InvitationResult<{ sentAt: Date; expiresAt: Date }>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await inviteStaff(ctx, input);
  if (!result.ok) return result;
  revalidatePath("/broker/staff");
  return { ok: true, data: { sentAt: result.data.sentAt, expiresAt: result.data.expiresAt } };
}
