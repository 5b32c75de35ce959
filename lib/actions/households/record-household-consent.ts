"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { recordHouseholdConsent } from "@/lib/data/households/record-household-consent";
import type { HouseholdConsentInput } from "@/lib/validation/household";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function recordHouseholdConsentAction(
  customerId: string,
  input: HouseholdConsentInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await recordHouseholdConsent(ctx, customerId, input)));
}
