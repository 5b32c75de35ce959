import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";

/**
 * THE rule for who may see which document.
 * Staff: documents of customers they may see (viewCustomers plus listDocuments or viewDocuments).
 * Customers: documents of the viewed folder the broker made visible, not quarantined, and one of
 * - attached to a contract the customer may see (its module released);
 * - general (no contract, no claim) when the profile module is released, or uploaded by the customer
 *   themselves (a customer always finds what they sent);
 * - attached to one of the folder's claims (no contract) when the claims module is released.
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
  const general: Prisma.DocumentWhereInput = {
    contractId: null,
    claimId: null,
    ...(actor.releases.PROFILE === "HIDDEN" ? { origin: "CUSTOMER" } : {}),
  };
  const claims: Prisma.DocumentWhereInput[] =
    actor.releases.CLAIMS === "HIDDEN"
      ? []
      : [{ contractId: null, claimId: { not: null }, claim: { tenantId: ctx.tenant.id, customerId: actor.customerId } }];
  return {
    ...base,
    customerId: actor.customerId,
    isVisibleToCustomer: true,
    scanState: { in: ["CLEAN", "SKIPPED"] },
    OR: [{ contract: contractAccessWhere(ctx) }, general, ...claims],
  };
}
