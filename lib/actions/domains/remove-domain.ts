"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { removeDomain } from "@/lib/data/domains/remove-domain";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Entfernen" (after the confirmation step) on the domains settings page. */
export async function removeDomainAction(domainId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await removeDomain(ctx, { domainId }));
    if (result.ok) revalidatePath("/broker/settings/domains");
    return result;
  });
}
