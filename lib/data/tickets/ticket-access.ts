import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";

/**
 * THE rule for who may see which ticket. Staff: tickets of customers they may see (viewCustomers,
 * advisors limited to own customers see only theirs); forwarding goes only to colleagues who may see
 * the customer (lib/data/tickets/addressable-staff.ts), so the rule needs no assignee exception.
 * Customers: the tickets of their OWN customer record — conversations are personal, they are never
 * part of a household member's shared folder — while COMMUNICATION is released (READ or WRITE).
 * Company users: only the company's tickets they opened themselves or the office addressed to them;
 * colleagues of the same company never read each other's conversations.
 */
export function ticketAccessWhere(ctx: RequestContext): Prisma.TicketWhereInput {
  const base: Prisma.TicketWhereInput = { tenantId: ctx.tenant.id };
  const actor = ctx.actor;
  if (actor.kind === "STAFF") {
    if (!actor.role.rights.viewCustomers) return { ...base, id: { in: [] } };
    return { ...base, customer: customerAccessWhere(ctx) };
  }
  if (actor.folderReadOnly || actor.releases.COMMUNICATION === "HIDDEN") return { ...base, id: { in: [] } };
  if (actor.company)
    return {
      ...base,
      customerId: actor.company.companyId,
      OR: [{ createdById: actor.id }, { addressedUserId: actor.id }],
    };
  return { ...base, customerId: actor.ownCustomerId };
}

/** Which messages of a visible ticket an actor reads: customers never see internal notes. */
export function ticketMessageWhere(ctx: RequestContext): Prisma.TicketMessageWhereInput {
  return ctx.actor.kind === "STAFF" ? { tenantId: ctx.tenant.id } : { tenantId: ctx.tenant.id, isInternal: false };
}
