"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/actions/account/action-result";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { deletePremiumInvoice } from "@/lib/data/premium-invoices/delete-premium-invoice";
import { refuseDenied } from "../refuse-denied";
import { writeResult } from "../write-result";

export async function deletePremiumInvoiceAction(invoiceId: string): Promise<ActionResult<{ id: string }>> {
  const ctx = await getRequestContext();
  if (!ctx) return { ok: false, error: "common.errors.sessionExpired" };
  if (!z.uuid().safeParse(invoiceId).success) return { ok: false, error: "common.errors.checkInput" };
  return refuseDenied(async () => writeResult(await deletePremiumInvoice(ctx, invoiceId)));
}
