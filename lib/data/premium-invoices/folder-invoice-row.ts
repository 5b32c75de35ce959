import type { Prisma } from "../../db/generated/client";
import type { InvoiceStatus } from "../../db/generated/enums";
import { now } from "../../clock";
import type { ContractLabel } from "../contracts/contract-label";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";

/** One premium invoice as the customer portal shows it (list and detail). */
export type FolderInvoiceItem = {
  id: string;
  number: string;
  /** decimal string; null while the office withholds financial data (tenant.portalHideFinancials) */
  amount: string | null;
  currency: "EUR" | "CHF";
  periodStart: Date;
  periodEnd: Date;
  dueDate: Date;
  status: InvoiceStatus;
  /** what the badge says: an OPEN invoice whose due date has passed shows as OVERDUE */
  shownStatus: InvoiceStatus;
  /** null for an invoice without a contract */
  contract: ContractLabel | null;
  /** the company the invoice belongs to, only when the viewer's scope spans several companies */
  companyName: string | null;
  /** the invoice PDF, only when the document rule lets the viewer open it */
  documentId: string | null;
};

export const folderInvoiceSelect = {
  id: true,
  number: true,
  amount: true,
  currency: true,
  periodStart: true,
  periodEnd: true,
  dueDate: true,
  status: true,
  contractId: true,
  documentId: true,
  customer: { select: { kind: true, firstName: true, lastName: true, companyName: true } },
} satisfies Prisma.PremiumInvoiceSelect;

type Row = Prisma.PremiumInvoiceGetPayload<{ select: typeof folderInvoiceSelect }>;

/** Today as a calendar date (UTC midnight, as @db.Date columns are read): due today is not yet overdue. */
export function startOfToday(): Date {
  const d = now();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** The viewer sees invoices of several companies (group manager with subsidiaries): lists name the company. */
export function spansSeveralCompanies(ctx: RequestContext): boolean {
  return ctx.actor.kind === "CUSTOMER" && (ctx.actor.company?.scope.length ?? 0) > 1;
}

export function toFolderInvoiceItem(
  ctx: RequestContext,
  row: Row,
  contracts: Map<string, ContractLabel>,
  visibleDocumentIds: Set<string>,
): FolderInvoiceItem {
  const today = startOfToday();
  return {
    id: row.id,
    number: row.number,
    amount: ctx.tenant.portalHideFinancials ? null : row.amount.toFixed(2),
    currency: row.currency,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    dueDate: row.dueDate,
    status: row.status,
    shownStatus: row.status === "OPEN" && row.dueDate < today ? "OVERDUE" : row.status,
    contract: row.contractId ? (contracts.get(row.contractId) ?? null) : null,
    companyName: spansSeveralCompanies(ctx) ? customerDisplayName(row.customer) : null,
    documentId: row.documentId && visibleDocumentIds.has(row.documentId) ? row.documentId : null,
  };
}
