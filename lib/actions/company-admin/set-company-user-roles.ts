"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { setCompanyUserRolesByBroker } from "@/lib/data/company-admin/set-company-user-roles-by-broker";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { CompanyRole } from "@/lib/validation/company-admin";
import { refuseDenied } from "../refuse-denied";

export async function setCompanyUserRolesAction(
  userId: string,
  roles: CompanyRole[],
): Promise<ActionResult<{ roles: CompanyRole[] }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(userId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = await setCompanyUserRolesByBroker(ctx, userId, roles);
    if (result.ok) revalidatePath("/broker/customers", "layout");
    return result;
  });
}
