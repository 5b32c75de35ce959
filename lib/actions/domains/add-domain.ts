"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { addDomain } from "@/lib/data/domains/add-domain";
import type { AddDomainInput } from "@/lib/validation/domains";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Domain hinzufügen" on the domains settings page (owner/admin). */
export async function addDomainAction(input: AddDomainInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await addDomain(ctx, input));
    if (result.ok) revalidatePath("/broker/settings/domains");
    return result;
  });
}
