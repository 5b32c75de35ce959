"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { resetRoleCoverage } from "@/lib/data/company-roles/reset-role-coverage";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { CompanyRole } from "@/lib/validation/company-admin";
import { refuseDenied } from "../refuse-denied";

const PATH = "/broker/settings/company-roles";

export async function resetRoleCoverageAction(role: CompanyRole): Promise<ActionResult<{ reset: true }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await resetRoleCoverage(ctx, role);
    if (!result.ok) return result;
    revalidatePath(PATH);
    return { ok: true, data: { reset: true } };
  });
}
