"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { saveRoleMatrix } from "@/lib/data/staff/roles/save-role-matrix";
import type { RoleMatrixInput } from "@/lib/validation/staff-roles";
import { refuseDenied } from "../../refuse-denied";

/** "Rechte speichern" in the role editor; owners and admins only. */
export async function saveRoleMatrixAction(input: RoleMatrixInput): Promise<ActionResult<{ changed: number }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await saveRoleMatrix(ctx, input);
    if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors };
    revalidatePath("/broker/staff/roles");
    return { ok: true, data: { changed: result.changed } };
  });
}
