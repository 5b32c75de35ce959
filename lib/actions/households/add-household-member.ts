"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { addHouseholdMember } from "@/lib/data/households/add-household-member";
import type { HouseholdMemberInput } from "@/lib/validation/household";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function addHouseholdMemberAction(
  customerId: string,
  input: HouseholdMemberInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await addHouseholdMember(ctx, customerId, input)));
}
