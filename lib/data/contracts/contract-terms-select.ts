import type { Prisma } from "../../db/generated/client";

/**
 * A contract's terms as the contract forms edit them: policy, term, Hauptfälligkeit, notice period,
 * money and notes. Read by the portal's detail and edit pages, the CSV import and the data export.
 */
export const CONTRACT_TERMS_SELECT = {
  policyNumber: true,
  product: true,
  startDate: true,
  endDate: true,
  mainDueDay: true,
  mainDueMonth: true,
  noticePeriodMonths: true,
  sumInsured: true,
  grossPremium: true,
  paymentFrequency: true,
  paymentMethod: true,
  notes: true,
} as const satisfies Prisma.ContractSelect;
