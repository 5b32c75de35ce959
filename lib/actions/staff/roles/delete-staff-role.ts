"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deleteStaffRole } from "@/lib/data/staff/roles/delete-staff-role";
import type { DeleteRoleInput } from "@/lib/validation/staff-roles";
import { refuseDenied } from "../../refuse-denied";
import { writeResult } from "../../write-result";

/** "Löschen" of an office's own role nobody has. */
export async function deleteStaffRoleAction(input: DeleteRoleInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await deleteStaffRole(ctx, input));
    if (result.ok) revalidatePath("/broker/staff", "layout");
    return result;
  });
}
