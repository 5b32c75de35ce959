"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createStaffRole } from "@/lib/data/staff/roles/create-staff-role";
import type { CreateRoleInput } from "@/lib/validation/staff-roles";
import { refuseDenied } from "../../refuse-denied";
import { writeResult } from "../../write-result";

/** "Neue Rolle" in the role editor; the role starts without rights. */
export async function createStaffRoleAction(input: CreateRoleInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await createStaffRole(ctx, input));
    if (result.ok) revalidatePath("/broker/staff", "layout");
    return result;
  });
}
