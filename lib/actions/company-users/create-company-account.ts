"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { createCompanyAccount } from "@/lib/data/company-users/create-company-account";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { CompanyAccountInput } from "@/lib/validation/company-user";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Portalkonto erstellen": account, roles and invitation for a contact of the own company (id: the new user's). */
export async function createCompanyAccountAction(input: CompanyAccountInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await createCompanyAccount(ctx, input));
    if (result.ok) revalidatePath("/portal/company/contacts", "layout");
    return result;
  });
}
