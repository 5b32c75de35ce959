"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { renameStaffRole } from "@/lib/data/staff/roles/rename-staff-role";
import type { RenameRoleInput } from "@/lib/validation/staff-roles";
import { refuseDenied } from "../../refuse-denied";
import { writeResult } from "../../write-result";

/** "Umbenennen" of an office's own role in the role editor. */
export async function renameStaffRoleAction(input: RenameRoleInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await renameStaffRole(ctx, input));
    if (result.ok) revalidatePath("/broker/staff", "layout");
    return result;
  });
}
