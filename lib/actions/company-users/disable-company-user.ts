"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { disableCompanyUser } from "@/lib/data/company-users/disable-company-user";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** Deactivates an account of the own company (id: the account's user id). */
export async function disableCompanyUserAction(id: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(id).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => {
    const result = writeResult(await disableCompanyUser(ctx, id));
    if (result.ok) revalidatePath("/portal/company/contacts", "layout");
    return result;
  });
}
