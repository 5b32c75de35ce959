"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { checkDomain } from "@/lib/data/domains/check-domain";
import type { DomainCheckOutcome } from "@/lib/validation/domains";
import { refuseDenied } from "../refuse-denied";

/** "Jetzt prüfen": the DNS check of one domain, answered with its status and reason. */
export async function checkDomainAction(domainId: string): Promise<ActionResult<DomainCheckOutcome>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await checkDomain(ctx, { domainId });
    if (!result.ok) return result;
    revalidatePath("/broker/settings/domains");
    const { status, reason, found } = result;
    return { ok: true, data: { status, reason, found } };
  });
}
