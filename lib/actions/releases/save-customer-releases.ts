"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setCustomerReleases } from "@/lib/data/releases/set-customer-releases";
import type { ReleaseLevels } from "@/lib/validation/releases";
import { refuseDenied } from "../refuse-denied";

/** The release matrix of the customer page; the data layer checks right, scope and every level. */
export async function saveCustomerReleasesAction(
  customerId: string,
  levels: ReleaseLevels,
): Promise<ActionResult<{ changed: number }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => {
    const result = await setCustomerReleases(ctx, customerId, levels);
    return result.ok ? { ok: true, data: { changed: result.changed.length } } : result;
  });
}
