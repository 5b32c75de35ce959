"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { sendInvitation } from "@/lib/data/invitations/send-invitation";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { invitationCustomerInput } from "@/lib/validation/invitation";

/** "Einladen" / "Erneut einladen" in the broker's customer list. */
export async function sendInvitationAction(input: unknown): Promise<InvitationResult<{ sentAt: Date; expiresAt: Date }>> {
  const parsed = invitationCustomerInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invitations.errors.customerNotFound" };
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await sendInvitation(ctx, parsed.data);
  if (!result.ok) return result;
  revalidatePath("/broker");
  return { ok: true, data: { sentAt: result.data.sentAt, expiresAt: result.data.expiresAt } };
}
