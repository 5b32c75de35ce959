"use server";

import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createCustomer } from "@/lib/data/customers/create-customer";
import type { CustomerInput } from "@/lib/validation/customer";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function createCustomerAction(input: CustomerInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  return refuseDenied(async () => writeResult(await createCustomer(ctx, input)));
}
