import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { ContractModule, ContractStatus, PaymentFrequency, RecordOrigin } from "../../db/generated/client";
import { CONTRACT_STATUSES } from "../../validation/contract";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "./contract-access";

export type ContractListItem = {
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
  endDate: Date | null;
  sumInsured: string | null;
  grossPremium: string | null;
  currency: "EUR" | "CHF";
  paymentFrequency: PaymentFrequency | null;
  documentCount: number;
};

/** Which contract values the actor does not get at all (not merely "not shown"). */
export type WithheldContractFields = { expiry: boolean; financials: boolean };

/**
 * Staff: what their role hides. Customers (and the broker's "view as customer"): the office's portal
 * settings "Ablaufdaten ausblenden" / "Finanzdaten ausblenden".
 */
export function withheldContractFields(ctx: RequestContext): WithheldContractFields {
  if (ctx.actor.kind === "STAFF") return { expiry: ctx.actor.role.hideExpiryDates, financials: ctx.actor.role.hideFinancials };
  return { expiry: ctx.tenant.portalHideExpiryDates, financials: ctx.tenant.portalHideFinancials };
}

const input = z.object({
  customerId: z.string().uuid().optional(),
  /** GDV line code, e.g. "040" */
  lineCode: z.string().trim().min(1).max(10).optional(),
  status: z.enum(CONTRACT_STATUSES).optional(),
});

/**
 * Contracts the actor may see. Customers get their own released modules; staff pass a customerId.
 * Financial figures and expiry dates are withheld per withheldContractFields.
 */
export async function listVisibleContracts(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<ContractListItem[]> {
  if (!ctx) throw new AccessDeniedError();
  const { customerId, lineCode, status } = input.parse(params);
  if (ctx.actor.kind === "STAFF" && !customerId) throw new AccessDeniedError("customerId required");
  const withheld = withheldContractFields(ctx);
  const customerDocs = ctx.actor.kind === "CUSTOMER";

  const rows = await db.contract.findMany({
    where: {
      AND: [
        contractAccessWhere(ctx),
        ...(customerId ? [{ customerId }] : []),
        ...(lineCode ? [{ line: { code: lineCode } }] : []),
        ...(status ? [{ status }] : []),
      ],
    },
    orderBy: [{ module: "asc" }, { status: "asc" }, { startDate: "desc" }, { id: "asc" }],
    take: 500,
    select: {
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
      _count: {
        select: {
          documents: {
            where: customerDocs
              ? { deletedAt: null, isVisibleToCustomer: true, scanState: { in: ["CLEAN", "SKIPPED"] } }
              : { deletedAt: null },
          },
        },
      },
    },
  });

  return rows.map((r) => ({
    id: r.id,
    module: r.module,
    status: r.status,
    origin: r.origin,
    policyNumber: r.policyNumber,
    product: r.product,
    lineCode: r.line?.code ?? null,
    lineName: r.line?.name ?? null,
    lineNameEn: r.line?.nameEn ?? null,
    insurerName: r.insurer?.name ?? r.insurerName,
    startDate: r.startDate,
    endDate: withheld.expiry ? null : r.endDate,
    sumInsured: withheld.financials ? null : (r.sumInsured?.toFixed(2) ?? null),
    grossPremium: withheld.financials ? null : (r.grossPremium?.toFixed(2) ?? null),
    currency: r.currency,
    paymentFrequency: r.paymentFrequency,
    documentCount: r._count.documents,
  }));
}
