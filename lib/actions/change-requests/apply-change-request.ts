"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { applyChangeRequest } from "@/lib/data/change-requests/apply-change-request";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { refuseDenied } from "../refuse-denied";
import { toActionResult } from "./to-action-result";

/** The broker takes the requested values into the customer record. */
export async function applyChangeRequestAction(id: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => toActionResult(await applyChangeRequest(ctx, id)));
}
