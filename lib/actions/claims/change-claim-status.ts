"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { changeClaimStatus } from "@/lib/data/claims/change-claim-status";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { ClaimStatusInput } from "@/lib/validation/claim";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** The broker sets a claim's new status with an optional note for the customer. */
export async function changeClaimStatusAction(claimId: string, input: ClaimStatusInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(claimId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await changeClaimStatus(ctx, claimId, input)));
}
