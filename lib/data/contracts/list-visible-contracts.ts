import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { CONTRACT_STATUSES } from "../../validation/contract";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "./contract-access";
import { CONTRACT_SUMMARY_SELECT, contractSummary, CUSTOMER_VISIBLE_DOCUMENTS, type ContractSummary } from "./contract-summary";

export type ContractListItem = ContractSummary & { documentCount: number };

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
  // Scoped to the one customer so the count uses the (tenantId, customerId, …) index: unscoped, Prisma
  // aggregates every document of every tenant (bench:folder).
  const documentScope = {
    tenantId: ctx.tenant.id,
    customerId:
      ctx.actor.kind !== "CUSTOMER"
        ? customerId
        : ctx.actor.company
          ? { in: ctx.actor.company.scope.map((e) => e.customerId) } // a subsidiary's contract has its documents
          : ctx.actor.customerId,
    ...(customerDocs ? CUSTOMER_VISIBLE_DOCUMENTS : { deletedAt: null }),
  };

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
      ...CONTRACT_SUMMARY_SELECT,
      _count: { select: { documents: { where: documentScope } } },
    },
  });

  return rows.map((r) => ({ ...contractSummary(r, withheld), documentCount: r._count.documents }));
}
