import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { ContractModule, ContractStatus, PaymentFrequency, PaymentMethod, RecordOrigin } from "../../db/generated/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { withheldContractFields, type WithheldContractFields } from "../contracts/list-visible-contracts";
import { canWriteContractModule } from "./folder-rights";

export type PortalContract = {
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
  /** Hauptfälligkeit as day and month (TT.MM) */
  mainDue: { day: number; month: number } | null;
  noticePeriodMonths: number | null;
  sumInsured: string | null;
  grossPremium: string | null;
  currency: "EUR" | "CHF";
  paymentFrequency: PaymentFrequency | null;
  paymentMethod: PaymentMethod | null;
  /** Only the customer's own note on a contract they added; the broker's notes stay in the office. */
  notes: string | null;
  documentCount: number;
  withheld: WithheldContractFields;
  /** The module is released with WRITE in the customer's own folder: edit and upload are offered. */
  canWrite: boolean;
};

const contractId = z.uuid();

/**
 * One contract of the viewed folder for /portal/contracts/[id]. Unknown ids, contracts of other
 * customers or tenants, deleted contracts and those of unreleased modules all give null (one answer,
 * so ids cannot be probed).
 */
export async function getPortalContract(ctx: RequestContext | null, id: string): Promise<PortalContract | null> {
  requireCustomer(ctx);
  const parsed = contractId.safeParse(id);
  if (!parsed.success) return null;
  const row = await db.contract.findFirst({
    where: { AND: [contractAccessWhere(ctx), { id: parsed.data }] },
    select: {
      id: true,
      module: true,
      status: true,
      origin: true,
      policyNumber: true,
      product: true,
      startDate: true,
      endDate: true,
      mainDueDay: true,
      mainDueMonth: true,
      noticePeriodMonths: true,
      sumInsured: true,
      grossPremium: true,
      currency: true,
      paymentFrequency: true,
      paymentMethod: true,
      notes: true,
      insurerName: true,
      line: { select: { code: true, name: true, nameEn: true } },
      insurer: { select: { name: true } },
      _count: {
        select: {
          documents: { where: { deletedAt: null, isVisibleToCustomer: true, scanState: { in: ["CLEAN", "SKIPPED"] } } },
        },
      },
    },
  });
  if (!row) return null;
  const withheld = withheldContractFields(ctx);
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
    mainDue: row.mainDueDay && row.mainDueMonth ? { day: row.mainDueDay, month: row.mainDueMonth } : null,
    noticePeriodMonths: row.noticePeriodMonths,
    sumInsured: withheld.financials ? null : (row.sumInsured?.toFixed(2) ?? null),
    grossPremium: withheld.financials ? null : (row.grossPremium?.toFixed(2) ?? null),
    currency: row.currency,
    paymentFrequency: row.paymentFrequency,
    paymentMethod: row.paymentMethod,
    notes: row.origin === "CUSTOMER" ? row.notes : null,
    documentCount: row._count.documents,
    withheld,
    canWrite: canWriteContractModule(ctx, row.module),
  };
}
