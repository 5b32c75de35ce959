import "server-only";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import { customerAccessWhere, customerWriteAccessWhere } from "../customers/customer-access";

export type FamilyManagerContext = RequestContext & { actor: StaffActor };

/** Every household change needs the "manage family members" right (SMV role editor). */
export function requireFamilyManager(ctx: RequestContext | null): asserts ctx is FamilyManagerContext {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.manageFamily) throw new AccessDeniedError("manageFamily");
}

const anchorSelect = {
  id: true,
  kind: true,
  lastName: true,
  companyName: true,
  householdId: true,
} as const satisfies Prisma.CustomerSelect;

/**
 * The customer whose page the household panel sits on. Household ids never come from the client:
 * every change starts at a customer the actor may see and works on that customer's household.
 */
export async function findAnchorCustomer(ctx: FamilyManagerContext, customerId: string) {
  const anchor = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: customerId }] },
    select: anchorSelect,
  });
  if (!anchor) throw new AccessDeniedError("customer not visible");
  return anchor;
}

/** A member of the given household that this actor may see (advisors: only their own customers). */
export async function findVisibleMember(ctx: FamilyManagerContext, householdId: string, customerId: string) {
  return db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId, householdId }] },
    select: { id: true },
  });
}
