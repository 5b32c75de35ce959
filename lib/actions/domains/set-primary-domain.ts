"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setPrimaryDomain } from "@/lib/data/domains/set-primary-domain";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Als Hauptdomain verwenden": links in e-mails use this verified domain from now on. */
export async function setPrimaryDomainAction(domainId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = writeResult(await setPrimaryDomain(ctx, { domainId }));
    if (result.ok) revalidatePath("/broker/settings/domains");
    return result;
  });
}
