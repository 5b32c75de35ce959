import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { customerAccessWhere } from "../customers/customer-access";

/**
 * THE rule for who may see which premium invoice. Staff: invoices of customers they may see. Private
 * customers: the viewed folder's invoices while INVOICES is released, without a contract or on a contract
 * they may see. Company users: see the company branch (per scope entry, visible contract only).
 */
export function premiumInvoiceAccessWhere(ctx: RequestContext): Prisma.PremiumInvoiceWhereInput {
  const base: Prisma.PremiumInvoiceWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return { ...base, customer: customerAccessWhere(ctx) };
  }
  // PHASE-0 STUB: company branch is written by the access-core helper (H1).
  if (actor.company) return { ...base, id: { in: [] } };
  if (actor.releases.INVOICES === "HIDDEN") return { ...base, id: { in: [] } };
  return {
    ...base,
    customerId: actor.customerId,
    OR: [{ contractId: null }, { contract: contractAccessWhere(ctx) }],
  };
}
