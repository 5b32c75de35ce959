"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { refuseDenied } from "@/lib/actions/refuse-denied";
import { resendOwnerInvitation } from "@/lib/data/platform/resend-owner-invitation";
import { getPlatformContext } from "@/lib/platform/platform-context";

/** "Einladung erneut senden" for the owner of a tenant. */
export async function resendOwnerInvitationAction(input: {
  tenantId: string;
}): Promise<ActionResult<{ sentAt: Date; expiresAt: Date }>> {
  return refuseDenied(async () => {
    const ctx = await getPlatformContext();
    if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
    const result = await resendOwnerInvitation(ctx, input);
    if (result.ok) revalidatePath("/admin", "layout");
    return result;
  });
}
