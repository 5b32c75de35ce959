"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { reportClaim } from "@/lib/data/claims/report-claim";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import type { ClaimReportInput } from "@/lib/validation/claim";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

/** The customer reports a claim in the viewed folder; the form then opens the claim to add photos. */
export async function reportClaimAction(input: ClaimReportInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => writeResult(await reportClaim(ctx, input)));
}
