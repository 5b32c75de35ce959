import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere, scopeWith } from "../contracts/contract-access";
import { customerAccessWhere } from "../customers/customer-access";

/**
 * THE rule for who may see which premium invoice. Staff: invoices of customers they may see. Private
 * customers: the viewed folder's invoices while INVOICES is released, without a contract or on a contract
 * they may see. Company users: invoices of the scope companies that released INVOICES, on a contract they
 * may see; invoices without a contract only with FULL_ACCESS.
 */
export function premiumInvoiceAccessWhere(ctx: RequestContext): Prisma.PremiumInvoiceWhereInput {
  const base: Prisma.PremiumInvoiceWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return { ...base, customer: customerAccessWhere(ctx) };
  }
  if (actor.company) {
    const customerIds = scopeWith(actor.company.scope, "INVOICES");
    if (customerIds.length === 0) return { ...base, id: { in: [] } };
    return {
      ...base,
      customerId: { in: customerIds },
      OR: [{ contract: contractAccessWhere(ctx) }, ...(actor.company.coverage.confidential ? [{ contractId: null }] : [])],
    };
  }
  if (actor.releases.INVOICES === "HIDDEN") return { ...base, id: { in: [] } };
  return {
    ...base,
    customerId: actor.customerId,
    OR: [{ contractId: null }, { contract: contractAccessWhere(ctx) }],
  };
}
