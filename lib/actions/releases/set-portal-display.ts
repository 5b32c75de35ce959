"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { setPortalDisplay, type PortalDisplayInput } from "@/lib/data/releases/set-portal-display";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** "Anzeige im Kundenportal": hide expiry dates / financial data from customers; owners and admins only. */
export async function setPortalDisplayAction(input: PortalDisplayInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => writeResult(await setPortalDisplay(ctx, input)));
}
