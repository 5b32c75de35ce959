"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createInsuredObject } from "@/lib/data/insured-objects/create-insured-object";
import type { InsuredObjectInput } from "@/lib/validation/insured-object";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function createInsuredObjectAction(
  customerId: string,
  input: InsuredObjectInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await createInsuredObject(ctx, customerId, input)));
}
