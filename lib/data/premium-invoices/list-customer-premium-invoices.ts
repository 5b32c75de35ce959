import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { documentAccessWhere } from "../documents/document-access";
import { invoiceFieldsSelect } from "./invoice-write-checks";
import { premiumInvoiceAccessWhere } from "./premium-invoice-access";
import { loadRecordCustomer } from "./record-customer";
import { listRecordContractOptions, type RecordContractOption } from "./record-form-options";

export type BrokerInvoiceStatus = "OPEN" | "PAID" | "OVERDUE" | "CANCELLED";

export type BrokerInvoiceItem = {
  id: string;
  number: string;
  contractId: string | null;
  contract: ContractLabel | null;
  /** decimal string with two places */
  /** null when the staff role hides financial data */
  amount: string | null;
  currency: "EUR" | "CHF";
  periodStart: Date;
  periodEnd: Date;
  dueDate: Date;
  status: BrokerInvoiceStatus;
  /** the attached PDF, when it is still there (not deleted) */
  document: { id: string; title: string; fileName: string } | null;
};

/** An INVOICE document the form offers as the PDF; `invoiceId` is the invoice it is already attached to. */
export type InvoiceDocumentOption = {
  id: string;
  title: string;
  fileName: string;
  contractId: string | null;
  invoiceId: string | null;
};

export type CustomerInvoices = {
  items: BrokerInvoiceItem[];
  /** the customer the page is about: "Muster Logistik AG (K-1001)" */
  customer: { id: string; label: string };
  /** editCustomers and the customer is not restricted */
  canEdit: boolean;
  /** the office's currency: new invoices are recorded in it */
  currency: "EUR" | "CHF";
  /** form options, only for someone who can edit */
  contracts: RecordContractOption[];
  documents: InvoiceDocumentOption[];
};

/**
 * A customer's premium invoices for the broker, latest due date first, with the form options. Null when
 * the customer is not visible to the staff member (other tenant, another advisor's book, no viewCustomers).
 */
export async function listCustomerPremiumInvoices(
  ctx: RequestContext | null,
  customerId: string,
): Promise<CustomerInvoices | null> {
  requireStaff(ctx);
  const header = await loadRecordCustomer(ctx, customerId);
  if (!header) return null;
  const { writable } = header;

  const [rows, contracts, documents] = await Promise.all([
    db.premiumInvoice.findMany({
      where: { AND: [premiumInvoiceAccessWhere(ctx), { customerId }] },
      orderBy: [{ dueDate: "desc" }, { number: "desc" }],
      take: 500,
      select: {
        ...invoiceFieldsSelect,
        currency: true,
        contract: { select: contractLabelSelect },
        document: { select: { id: true, title: true, fileName: true, deletedAt: true } },
      },
    }),
    writable ? listRecordContractOptions(ctx, customerId) : [],
    writable
      ? db.document.findMany({
          where: { AND: [documentAccessWhere(ctx), { customerId, category: "INVOICE", deletedAt: null }] },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 500,
          select: { id: true, title: true, fileName: true, contractId: true, premiumInvoice: { select: { id: true } } },
        })
      : [],
  ]);

  const { hideFinancials } = ctx.actor.role;
  const { listDocuments, viewDocuments } = ctx.actor.role.rights;
  const seesDocuments = listDocuments || viewDocuments;
  return {
    customer: header.customer,
    items: rows.map(({ contract, document, amount, ...row }) => ({
      ...row,
      amount: hideFinancials ? null : amount.toFixed(2),
      contract: contract ? contractLabel(contract) : null,
      document:
        seesDocuments && document && !document.deletedAt
          ? { id: document.id, title: document.title, fileName: document.fileName }
          : null,
    })),
    canEdit: writable,
    currency: ctx.tenant.currency,
    contracts,
    documents: documents.map(({ premiumInvoice, ...d }) => ({ ...d, invoiceId: premiumInvoice?.id ?? null })),
  };
}
