"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createPremiumInvoice } from "@/lib/data/premium-invoices/create-premium-invoice";
import type { PremiumInvoiceInput } from "@/lib/validation/premium-invoice";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function createPremiumInvoiceAction(
  customerId: string,
  input: PremiumInvoiceInput,
): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(customerId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await createPremiumInvoice(ctx, customerId, input)));
}
