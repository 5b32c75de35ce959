import type { ContractModule, ContractStatus, PaymentFrequency, Prisma, RecordOrigin } from "../../db/generated/client";
import type { WithheldContractFields } from "./list-visible-contracts";

/** A contract as the lists and the portal's detail page show it, with withheld values already null. */
export type ContractSummary = {
  id: string;
  module: ContractModule;
  status: ContractStatus;
  origin: RecordOrigin;
  policyNumber: string | null;
  product: string | null;
  lineCode: string | null;
  lineName: string | null;
  lineNameEn: string | null;
  insurerName: string | null;
  startDate: Date | null;
  /** null when unknown or withheld (withheld.expiry) */
  endDate: Date | null;
  sumInsured: string | null;
  grossPremium: string | null;
  currency: "EUR" | "CHF";
  paymentFrequency: PaymentFrequency | null;
};

export const CONTRACT_SUMMARY_SELECT = {
  id: true,
  module: true,
  status: true,
  origin: true,
  policyNumber: true,
  product: true,
  startDate: true,
  endDate: true,
  sumInsured: true,
  grossPremium: true,
  currency: true,
  paymentFrequency: true,
  insurerName: true,
  line: { select: { code: true, name: true, nameEn: true } },
  insurer: { select: { name: true } },
} as const satisfies Prisma.ContractSelect;

/** The documents of a contract a customer sees (counted on the portal's list and detail page). */
export const CUSTOMER_VISIBLE_DOCUMENTS: Prisma.DocumentWhereInput = {
  deletedAt: null,
  isVisibleToCustomer: true,
  scanState: { in: ["CLEAN", "SKIPPED"] },
};

type SummaryRow = Prisma.ContractGetPayload<{ select: typeof CONTRACT_SUMMARY_SELECT }>;

/** The summary of a row read with CONTRACT_SUMMARY_SELECT; withheld values (not merely hidden) become null. */
export function contractSummary(row: SummaryRow, withheld: WithheldContractFields): ContractSummary {
  return {
    id: row.id,
    module: row.module,
    status: row.status,
    origin: row.origin,
    policyNumber: row.policyNumber,
    product: row.product,
    lineCode: row.line?.code ?? null,
    lineName: row.line?.name ?? null,
    lineNameEn: row.line?.nameEn ?? null,
    insurerName: row.insurer?.name ?? row.insurerName,
    startDate: row.startDate,
    endDate: withheld.expiry ? null : row.endDate,
    sumInsured: withheld.financials ? null : (row.sumInsured?.toFixed(2) ?? null),
    grossPremium: withheld.financials ? null : (row.grossPremium?.toFixed(2) ?? null),
    currency: row.currency,
    paymentFrequency: row.paymentFrequency,
  };
}
