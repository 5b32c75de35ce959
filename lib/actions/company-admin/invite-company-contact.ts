"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { inviteCompanyContact } from "@/lib/data/company-admin/invite-company-contact";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { CompanyRole } from "@/lib/validation/company-admin";
import { refuseDenied } from "../refuse-denied";

export async function inviteCompanyContactAction(
  contactPersonId: string,
  roles: CompanyRole[],
): Promise<ActionResult<{ userId: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(contactPersonId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = await inviteCompanyContact(ctx, contactPersonId, roles);
    if (!result.ok) return result;
    revalidatePath("/broker/customers", "layout");
    return { ok: true, data: { userId: result.data.userId } };
  });
}
