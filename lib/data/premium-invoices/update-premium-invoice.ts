import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { PREMIUM_INVOICE_FIELDS, premiumInvoiceInput, type PremiumInvoiceInput } from "../../validation/premium-invoice";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { checkInvoiceReferences, invoiceForWrite, uniqueRefusal, type RecordWriteResult } from "./invoice-write-checks";

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return String(a ?? "") === String(b ?? "");
}

/** Saves an edited premium invoice; the audit entry names the changed fields only. */
export async function updatePremiumInvoice(
  ctx: RequestContext | null,
  invoiceId: string,
  input: PremiumInvoiceInput,
): Promise<RecordWriteResult> {
  const { ctx: staff, invoice } = await invoiceForWrite(ctx, invoiceId);
  const parsed = premiumInvoiceInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const current = { ...invoice, amount: invoice.amount.toFixed(2) };
  const changed = PREMIUM_INVOICE_FIELDS.filter((field) => !sameValue(parsed.data[field], current[field]));
  if (changed.length === 0) return { ok: true, id: invoice.id };
  const refusal = await checkInvoiceReferences(staff, invoice.customerId, parsed.data, invoice.id);
  if (refusal) return refusal;
  try {
    await db.$transaction(async (tx) => {
      await tx.premiumInvoice.update({ where: { id: invoice.id, tenantId: staff.tenant.id }, data: parsed.data });
      await writeAudit(
        {
          ...actorAudit(staff),
          action: "premiumInvoice.updated",
          entityType: "PremiumInvoice",
          entityId: invoice.id,
          customerId: invoice.customerId,
          data: { fields: changed },
        },
        tx,
      );
    });
  } catch (error) {
    const refused = uniqueRefusal(error);
    if (refused) return refused;
    throw error;
  }
  return { ok: true, id: invoice.id };
}
