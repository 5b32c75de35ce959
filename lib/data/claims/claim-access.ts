import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";

/**
 * THE rule for who may see which claim. Staff: claims of customers they may see (viewCustomers,
 * advisors only their own customers). Customers: the claims of the viewed folder while the broker
 * released the CLAIMS module (READ or WRITE).
 */
export function claimAccessWhere(ctx: RequestContext): Prisma.ClaimWhereInput {
  const base: Prisma.ClaimWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return { ...base, customer: customerAccessWhere(ctx) };
  }
  if (actor.releases.CLAIMS === "HIDDEN") return { ...base, id: { in: [] } };
  return { ...base, customerId: actor.customerId };
}
