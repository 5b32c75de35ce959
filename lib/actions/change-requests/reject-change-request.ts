"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { rejectChangeRequest } from "@/lib/data/change-requests/reject-change-request";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { RejectChangeRequestInput } from "@/lib/validation/change-request";
import { refuseDenied } from "../refuse-denied";
import { toActionResult } from "./to-action-result";

/** The broker declines a request with a reason the customer reads. */
export async function rejectChangeRequestAction(
  id: string,
  input: RejectChangeRequestInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => toActionResult(await rejectChangeRequest(ctx, id, input)));
}
