"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { saveRoleCoverage } from "@/lib/data/company-roles/save-role-coverage";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { CompanyRole } from "@/lib/validation/company-admin";
import type { RoleCoverageInput } from "@/lib/validation/company-admin";
import { refuseDenied } from "../refuse-denied";

const PATH = "/broker/settings/company-roles";

export async function saveRoleCoverageAction(
  role: CompanyRole,
  input: RoleCoverageInput,
): Promise<ActionResult<{ saved: true }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await saveRoleCoverage(ctx, role, input);
    if (!result.ok) return result;
    revalidatePath(PATH);
    return { ok: true, data: { saved: true } };
  });
}
