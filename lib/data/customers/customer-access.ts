import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";

/** Which customer records an actor may see: staff per rights/advisor scope, customers only themselves. */
export function customerAccessWhere(ctx: RequestContext): Prisma.CustomerWhereInput {
  const base: Prisma.CustomerWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "CUSTOMER") return { ...base, id: actor.customerId };
  if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
  return actor.role.onlyOwnCustomers ? { ...base, advisorId: actor.id } : base;
}

/**
 * Customers an actor may change: visible ones whose processing is not restricted. A GDPR
 * restriction (instead of erasure) keeps the record readable but frozen.
 */
export function customerWriteAccessWhere(ctx: RequestContext): Prisma.CustomerWhereInput {
  // a household member's folder is shown read-only: the viewer never writes into it
  if (ctx.actor.kind === "CUSTOMER" && ctx.actor.folderReadOnly) return { id: { in: [] } };
  return { AND: [customerAccessWhere(ctx), { restrictedAt: null }] };
}
