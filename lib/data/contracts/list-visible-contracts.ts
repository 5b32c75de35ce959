import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { ContractModule, ContractStatus, PaymentFrequency } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "./contract-access";

export type ContractListItem = {
  id: string;
  module: ContractModule;
  status: ContractStatus;
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

const input = z.object({ customerId: z.string().uuid().optional() });

/**
 * Contracts the actor may see. Customers get their own released modules; staff pass a customerId.
 * Financial figures and expiry dates are withheld when the staff role hides them.
 */
export async function listVisibleContracts(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<ContractListItem[]> {
  if (!ctx) throw new AccessDeniedError();
  const { customerId } = input.parse(params);
  if (ctx.actor.kind === "STAFF" && !customerId) throw new AccessDeniedError("customerId required");
  const hideMoney = ctx.actor.kind === "STAFF" && ctx.actor.role.hideFinancials;
  const hideExpiry = ctx.actor.kind === "STAFF" && ctx.actor.role.hideExpiryDates;
  const customerDocs = ctx.actor.kind === "CUSTOMER";

  const rows = await db.contract.findMany({
    where: { AND: [contractAccessWhere(ctx), ...(customerId ? [{ customerId }] : [])] },
    orderBy: [{ module: "asc" }, { status: "asc" }, { startDate: "desc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      module: true,
      status: true,
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
    policyNumber: r.policyNumber,
    product: r.product,
    lineCode: r.line?.code ?? null,
    lineName: r.line?.name ?? null,
    lineNameEn: r.line?.nameEn ?? null,
    insurerName: r.insurer?.name ?? r.insurerName,
    startDate: r.startDate,
    endDate: hideExpiry ? null : r.endDate,
    sumInsured: hideMoney ? null : (r.sumInsured?.toFixed(2) ?? null),
    grossPremium: hideMoney ? null : (r.grossPremium?.toFixed(2) ?? null),
    currency: r.currency,
    paymentFrequency: r.paymentFrequency,
    documentCount: r._count.documents,
  }));
}
