"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { InvitationResult } from "@/lib/data/invitations/result";
import { enableStaff } from "@/lib/data/staff/enable-staff";

/** "Zugang entsperren" in the staff list. */
export async function enableStaffAction(input: unknown): Promise<InvitationResult<{ enabled: true }>> {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") return { ok: false, error: "common.errors.sessionExpired" };
  const result = await enableStaff(ctx, input);
  if (result.ok) revalidatePath("/broker/staff");
  return result;
}
