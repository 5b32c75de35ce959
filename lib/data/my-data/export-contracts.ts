import "server-only";
import { db } from "../../db/client";
import { contractAccessWhere } from "../contracts/contract-access";
import { CONTRACT_TERMS_SELECT } from "../contracts/contract-terms-select";
import type { WithheldContractFields } from "../contracts/list-visible-contracts";
import { amount, day, EXPORT_LIMIT, iso, type ContractRef, type CustomerContext } from "./export-values";

/** Visible contracts with the values the broker withholds left out (not null: absent). */
export async function exportContracts(
  ctx: CustomerContext,
  withheld: WithheldContractFields,
): Promise<Record<string, unknown>[]> {
  const rows = await db.contract.findMany({
    where: contractAccessWhere(ctx),
    orderBy: [{ module: "asc" }, { startDate: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: {
      id: true,
      module: true,
      status: true,
      origin: true,
      ...CONTRACT_TERMS_SELECT,
      insurerName: true,
      currency: true,
      cancelledAt: true,
      createdAt: true,
      line: { select: { code: true, name: true } },
      insurer: { select: { name: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    module: c.module,
    status: c.status,
    addedBy: c.origin === "CUSTOMER" ? "customer" : "broker",
    policyNumber: c.policyNumber,
    insurer: c.insurer?.name ?? c.insurerName,
    line: c.line ? { code: c.line.code, name: c.line.name } : null,
    product: c.product,
    startDate: day(c.startDate),
    ...(withheld.expiry ? {} : { endDate: day(c.endDate) }),
    mainDueDate:
      c.mainDueDay && c.mainDueMonth
        ? `${String(c.mainDueDay).padStart(2, "0")}.${String(c.mainDueMonth).padStart(2, "0")}.`
        : null,
    noticePeriodMonths: c.noticePeriodMonths,
    ...(withheld.financials
      ? {}
      : {
          sumInsured: amount(c.sumInsured),
          grossPremium: amount(c.grossPremium),
          currency: c.currency,
          paymentFrequency: c.paymentFrequency,
          paymentMethod: c.paymentMethod,
        }),
    // the broker's notes are internal; the customer's own note on an own contract is theirs
    ...(c.origin === "CUSTOMER" ? { notes: c.notes } : {}),
    cancelledAt: iso(c.cancelledAt),
    createdAt: iso(c.createdAt),
  }));
}

/** The field names per section that the broker withholds (listed under notIncluded, left out of the data). */
export function withheldFieldNames(withheld: WithheldContractFields) {
  return {
    contracts: [
      ...(withheld.expiry ? ["endDate"] : []),
      ...(withheld.financials ? ["sumInsured", "grossPremium", "paymentFrequency", "paymentMethod"] : []),
    ],
    invoices: withheld.financials ? ["amount"] : [],
  };
}

/** References from other records to the exported contracts; others (not visible) are dropped. */
export function contractRefTo(contracts: Record<string, unknown>[]): ContractRef {
  const policyOf = new Map(contracts.map((c) => [c.id as string, (c.policyNumber as string | null) ?? null]));
  return (id) => (id && policyOf.has(id) ? { contractId: id, policyNumber: policyOf.get(id) } : {});
}
