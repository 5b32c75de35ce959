"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { setCompanyUserDisabled } from "@/lib/data/company-admin/set-company-user-disabled";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { UserStatus } from "@/lib/validation/company-admin";
import { refuseDenied } from "../refuse-denied";

export async function setCompanyUserDisabledAction(
  userId: string,
  disabled: boolean,
): Promise<ActionResult<{ status: UserStatus }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(userId).success || typeof disabled !== "boolean")
    return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = await setCompanyUserDisabled(ctx, userId, disabled);
    if (result.ok) revalidatePath("/broker/customers", "layout");
    return result;
  });
}
