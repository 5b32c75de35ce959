import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";

/**
 * THE rule for who may see which document.
 * Staff: documents of customers they may see (viewCustomers plus listDocuments or viewDocuments).
 * Customers: own documents the broker made visible, not quarantined, and either attached to a contract
 * the customer may see or general documents (no contract) when the profile module is released.
 */
export function documentAccessWhere(ctx: RequestContext): Prisma.DocumentWhereInput {
  const base: Prisma.DocumentWhereInput = { tenantId: ctx.tenant.id, deletedAt: null };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    // documents belong to customer data: without viewCustomers no document either (as for contracts)
    const { viewCustomers, listDocuments, viewDocuments } = actor.role.rights;
    if (!viewCustomers || (!listDocuments && !viewDocuments)) return { ...base, id: { in: [] } };
    return actor.role.onlyOwnCustomers ? { ...base, customer: { tenantId: ctx.tenant.id, advisorId: actor.id } } : base;
  }
  const generalReleased = actor.releases.PROFILE !== "HIDDEN";
  return {
    ...base,
    customerId: actor.customerId,
    isVisibleToCustomer: true,
    scanState: { in: ["CLEAN", "SKIPPED"] },
    OR: [{ contract: contractAccessWhere(ctx) }, ...(generalReleased ? [{ contractId: null }] : [])],
  };
}
