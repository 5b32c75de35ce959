import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { contractAccessWhere, scopeWith } from "../contracts/contract-access";

/**
 * THE rule for who may see which claim. Staff: claims of customers they may see (viewCustomers,
 * advisors only their own customers). Customers: the claims of the viewed folder while the broker
 * released the CLAIMS module (READ or WRITE). Company users: claims of the scope companies that released
 * CLAIMS, on a contract they may see, without a contract only with FULL_ACCESS, and always the ones they
 * reported themselves.
 */
export function claimAccessWhere(ctx: RequestContext): Prisma.ClaimWhereInput {
  const base: Prisma.ClaimWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return { ...base, customer: customerAccessWhere(ctx) };
  }
  if (actor.company) {
    const customerIds = scopeWith(actor.company.scope, "CLAIMS");
    if (customerIds.length === 0) return { ...base, id: { in: [] } };
    return {
      ...base,
      customerId: { in: customerIds },
      OR: [
        { contract: contractAccessWhere(ctx) },
        ...(actor.company.coverage.confidential ? [{ contractId: null }] : []),
        { reportedById: actor.id },
      ],
    };
  }
  if (actor.releases.CLAIMS === "HIDDEN") return { ...base, id: { in: [] } };
  return { ...base, customerId: actor.customerId };
}
