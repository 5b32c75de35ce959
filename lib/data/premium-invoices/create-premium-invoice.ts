import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { premiumInvoiceInput, type PremiumInvoiceInput } from "../../validation/premium-invoice";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { checkInvoiceReferences, requireWritableCustomer, uniqueRefusal, type RecordWriteResult } from "./invoice-write-checks";

/** The broker records a premium invoice for a customer (in the office's currency); needs editCustomers. */
export async function createPremiumInvoice(
  ctx: RequestContext | null,
  customerId: string,
  input: PremiumInvoiceInput,
): Promise<RecordWriteResult> {
  const staff = await requireWritableCustomer(ctx, customerId);
  const parsed = premiumInvoiceInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const refusal = await checkInvoiceReferences(staff, customerId, parsed.data, null);
  if (refusal) return refusal;
  try {
    return await db.$transaction(async (tx) => {
      const invoice = await tx.premiumInvoice.create({
        data: { ...parsed.data, tenantId: staff.tenant.id, customerId, currency: staff.tenant.currency },
        select: { id: true },
      });
      await writeAudit(
        {
          ...actorAudit(staff),
          action: "premiumInvoice.created",
          entityType: "PremiumInvoice",
          entityId: invoice.id,
          customerId,
        },
        tx,
      );
      return { ok: true as const, id: invoice.id };
    });
  } catch (error) {
    const refused = uniqueRefusal(error);
    if (refused) return refused;
    throw error;
  }
}
