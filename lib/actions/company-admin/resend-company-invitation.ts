"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { resendCompanyInvitation } from "@/lib/data/company-admin/resend-company-invitation";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { refuseDenied } from "../refuse-denied";

export async function resendCompanyInvitationAction(userId: string): Promise<ActionResult<{ sent: true }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(userId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = await resendCompanyInvitation(ctx, userId);
    if (!result.ok) return result;
    revalidatePath("/broker/customers", "layout");
    return { ok: true, data: { sent: true } };
  });
}
