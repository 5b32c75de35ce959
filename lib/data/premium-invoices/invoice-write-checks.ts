import "server-only";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { Msg } from "../../i18n/message-key";
import type { PremiumInvoiceData } from "../../validation/premium-invoice";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { documentAccessWhere } from "../documents/document-access";
import { premiumInvoiceAccessWhere } from "./premium-invoice-access";

export type StaffContext = RequestContext & { actor: StaffActor };

export type RecordWriteResult =
  { ok: true; id: string } | { ok: false; field?: string; error: Msg; fieldErrors?: Record<string, Msg> };

/** Staff who may edit customer data (editCustomers) and may change this customer; throws otherwise. */
export { requireEditableCustomer as requireWritableCustomer } from "../contracts/contract-write-checks";

/** An invoice's own fields, as the broker's list and the write checks read them. */
export const invoiceFieldsSelect = {
  id: true,
  number: true,
  contractId: true,
  amount: true,
  periodStart: true,
  periodEnd: true,
  dueDate: true,
  status: true,
} satisfies Prisma.PremiumInvoiceSelect;

/** An invoice the staff member may change: visible to them and its customer writable; throws otherwise. */
export async function invoiceForWrite(ctx: RequestContext | null, invoiceId: string) {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const invoice = await db.premiumInvoice.findFirst({
    where: { AND: [premiumInvoiceAccessWhere(ctx), { id: invoiceId, customer: customerWriteAccessWhere(ctx) }] },
    select: { ...invoiceFieldsSelect, customerId: true, documentId: true },
  });
  if (!invoice) throw new AccessDeniedError("invoice not visible");
  return { ctx: ctx as StaffContext, invoice };
}

/**
 * What the database must confirm before an invoice is written: the number is free in this office, the
 * contract is one of this customer's (visible) contracts, and the PDF is a visible, not deleted
 * INVOICE document of the same customer and the same contract, not yet another invoice's PDF.
 */
export async function checkInvoiceReferences(
  ctx: StaffContext,
  customerId: string,
  data: PremiumInvoiceData,
  selfId: string | null,
): Promise<RecordWriteResult | null> {
  const tenantId = ctx.tenant.id;
  const [taken, contract, document] = await Promise.all([
    db.premiumInvoice.findFirst({
      where: { tenantId, number: data.number, ...(selfId ? { id: { not: selfId } } : {}) },
      select: { id: true },
    }),
    data.contractId
      ? db.contract.findFirst({
          where: { AND: [contractAccessWhere(ctx), { id: data.contractId, customerId }] },
          select: { id: true },
        })
      : true,
    data.documentId
      ? db.document.findFirst({
          where: {
            AND: [
              documentAccessWhere(ctx),
              { id: data.documentId, customerId, contractId: data.contractId, category: "INVOICE", deletedAt: null },
            ],
          },
          select: { id: true, premiumInvoice: { select: { id: true } } },
        })
      : true,
  ]);
  if (taken) return { ok: false, field: "number", error: "companyAdmin.invoices.validation.numberTaken" };
  if (!contract) return { ok: false, field: "contractId", error: "companyAdmin.invoices.validation.contractInvalid" };
  if (!document) return { ok: false, field: "documentId", error: "companyAdmin.invoices.validation.documentInvalid" };
  if (document !== true && document.premiumInvoice && document.premiumInvoice.id !== selfId) {
    return { ok: false, field: "documentId", error: "companyAdmin.invoices.validation.documentTaken" };
  }
  return null;
}

/** A unique-key race lost between the check and the write: the same refusal the check gives. */
export function uniqueRefusal(error: unknown): RecordWriteResult | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const target = JSON.stringify(error.meta ?? {});
  if (target.includes("document"))
    return { ok: false, field: "documentId", error: "companyAdmin.invoices.validation.documentTaken" };
  return { ok: false, field: "number", error: "companyAdmin.invoices.validation.numberTaken" };
}
