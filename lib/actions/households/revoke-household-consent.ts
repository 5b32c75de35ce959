"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { revokeHouseholdConsent } from "@/lib/data/households/revoke-household-consent";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function revokeHouseholdConsentAction(customerId: string, consentId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success || !z.uuid().safeParse(consentId).success) {
    return { ok: false, error: "common.errors.checkInput" };
  }
  return refuseDenied(async () => writeResult(await revokeHouseholdConsent(ctx, customerId, consentId)));
}
