"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { revokeInvitation } from "@/lib/data/invitations/revoke-invitation";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { invitationCustomerInput } from "@/lib/validation/invitation";

/** "Widerrufen" in the broker's customer list: the open link stops working. */
export async function revokeInvitationAction(input: unknown): Promise<InvitationResult<{ revoked: number }>> {
  const parsed = invitationCustomerInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invitations.errors.customerNotFound" };
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await revokeInvitation(ctx, parsed.data);
  if (result.ok) revalidatePath("/broker");
  return result;
}
