"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createHousehold } from "@/lib/data/households/create-household";
import type { HouseholdCreateInput } from "@/lib/validation/household";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function createHouseholdAction(
  customerId: string,
  input: HouseholdCreateInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await createHousehold(ctx, customerId, input)));
}
