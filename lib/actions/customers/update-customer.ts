"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { updateCustomer } from "@/lib/data/customers/update-customer";
import type { CustomerInput } from "@/lib/validation/customer";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function updateCustomerAction(customerId: string, input: CustomerInput): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await updateCustomer(ctx, customerId, input)));
}
