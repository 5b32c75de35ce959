import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere, scopeWith } from "../contracts/contract-access";
import { customerAccessWhere } from "../customers/customer-access";

/**
 * THE rule for who may see which insured object (vehicle, building, machine). Never deleted ones.
 * Staff: objects of customers they may see. Private customers: the viewed folder's objects while
 * INSURANCE is released, without a contract or on a contract they may see. Company users: objects of the
 * scope companies that released INSURANCE, on a contract they may see; objects without a contract only
 * with FULL_ACCESS.
 */
export function insuredObjectAccessWhere(ctx: RequestContext): Prisma.InsuredObjectWhereInput {
  const base: Prisma.InsuredObjectWhereInput = { tenantId: ctx.tenant.id, deletedAt: null };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return { ...base, customer: customerAccessWhere(ctx) };
  }
  if (actor.company) {
    const customerIds = scopeWith(actor.company.scope, "INSURANCE");
    if (customerIds.length === 0) return { ...base, id: { in: [] } };
    return {
      ...base,
      customerId: { in: customerIds },
      OR: [{ contract: contractAccessWhere(ctx) }, ...(actor.company.coverage.confidential ? [{ contractId: null }] : [])],
    };
  }
  if (actor.releases.INSURANCE === "HIDDEN") return { ...base, id: { in: [] } };
  return {
    ...base,
    customerId: actor.customerId,
    OR: [{ contractId: null }, { contract: contractAccessWhere(ctx) }],
  };
}
