import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";

/**
 * Which customer records an actor may see: staff per rights/advisor scope, customers only the viewed folder,
 * company users the companies of their scope (own company; subsidiaries with GROUP_MANAGER).
 */
export function customerAccessWhere(ctx: RequestContext): Prisma.CustomerWhereInput {
  const base: Prisma.CustomerWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "CUSTOMER" && actor.company) return { ...base, id: { in: actor.company.scope.map((e) => e.customerId) } };
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
  // a company user writes (requests, uploads, messages) only into the own company, never a subsidiary
  if (ctx.actor.kind === "CUSTOMER" && ctx.actor.company)
    return { tenantId: ctx.tenant.id, id: ctx.actor.company.companyId, restrictedAt: null };
  return { AND: [customerAccessWhere(ctx), { restrictedAt: null }] };
}
