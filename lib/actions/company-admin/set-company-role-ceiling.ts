"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { setCompanyRoleCeiling } from "@/lib/data/company-admin/set-company-role-ceiling";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { CompanyRole } from "@/lib/validation/company-admin";
import { refuseDenied } from "../refuse-denied";

export async function setCompanyRoleCeilingAction(
  companyId: string,
  roles: CompanyRole[],
): Promise<ActionResult<{ roles: CompanyRole[]; revoked: number }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(companyId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = await setCompanyRoleCeiling(ctx, companyId, roles);
    if (result.ok) revalidatePath("/broker/customers", "layout");
    return result;
  });
}
