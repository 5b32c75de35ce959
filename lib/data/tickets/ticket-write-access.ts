import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { requireModuleWrite, requireOwnFolder } from "../portal/folder-rights";
import { ticketAccessWhere } from "./ticket-access";

type Client = Prisma.TransactionClient | typeof db;

/** What the write functions need of a ticket and its customer. */
const writableTicketSelect = {
  id: true,
  number: true,
  status: true,
  assigneeId: true,
  customerId: true,
  customer: { select: { advisorId: true, customerNumber: true } },
} as const satisfies Prisma.TicketSelect;

export type WritableTicket = Prisma.TicketGetPayload<{ select: typeof writableTicketSelect }>;
export type TicketCustomer = { id: string; advisorId: string | null; customerNumber: string };

/**
 * A customer writes only with COMMUNICATION = WRITE in their own folder (a household member's
 * shared folder never carries conversations); READ shows the conversations but allows no answer.
 */
function requireCustomerMayWrite(ctx: RequestContext): void {
  if (ctx.actor.kind !== "CUSTOMER") return;
  const customerCtx = ctx as RequestContext & { actor: CustomerActor };
  requireOwnFolder(customerCtx);
  requireModuleWrite(customerCtx, "COMMUNICATION");
}

/**
 * Staff write on tickets (reply, note, open, forward, take, close, reopen) only with editCustomers:
 * a view-only role such as the seeded "partner" reads a customer's conversations but never answers
 * in the office's name or moves a ticket. Customers are checked by requireCustomerMayWrite.
 */
export function requireStaffMayWrite(ctx: RequestContext): void {
  if (ctx.actor.kind === "STAFF" && !ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
}

/**
 * The ticket the actor may write on (reply, note, forward, close, reopen): visible under
 * ticketAccessWhere and its customer writable (not GDPR-restricted, own folder). Unknown, foreign,
 * invisible and malformed ids all throw the same AccessDeniedError, so ids cannot be probed; so does
 * staff without editCustomers (requireStaffMayWrite).
 */
export async function writableTicket(ctx: RequestContext | null, ticketId: string): Promise<WritableTicket> {
  if (!ctx) throw new AccessDeniedError("not signed in");
  requireCustomerMayWrite(ctx);
  requireStaffMayWrite(ctx);
  if (!z.uuid().safeParse(ticketId).success) throw new AccessDeniedError("ticket not found");
  const ticket = await db.ticket.findFirst({
    where: { AND: [ticketAccessWhere(ctx), { id: ticketId, customer: customerWriteAccessWhere(ctx) }] },
    select: writableTicketSelect,
  });
  if (!ticket) throw new AccessDeniedError("ticket not found");
  return ticket;
}

/**
 * The customer a new ticket belongs to. Customers: their own record (never a shared folder),
 * `customerId` must be empty or their own. Staff (with editCustomers): the given customer, visible and
 * writable to them.
 * Anything else throws AccessDeniedError (the same for unknown and foreign ids).
 */
export async function newTicketCustomer(ctx: RequestContext | null, customerId: string | null): Promise<TicketCustomer> {
  if (!ctx) throw new AccessDeniedError("not signed in");
  requireCustomerMayWrite(ctx);
  requireStaffMayWrite(ctx);
  const id = ctx.actor.kind === "CUSTOMER" ? ctx.actor.ownCustomerId : customerId;
  if (ctx.actor.kind === "CUSTOMER" && customerId && customerId !== id) throw new AccessDeniedError("foreign folder");
  if (!id || !z.uuid().safeParse(id).success) throw new AccessDeniedError("customer not found");
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id }] },
    select: { id: true, advisorId: true, customerNumber: true },
  });
  if (!customer) throw new AccessDeniedError("customer not writable");
  return customer;
}

/** Is the customer's COMMUNICATION module released (READ or WRITE)? No row means HIDDEN. */
export async function communicationReleased(client: Client, tenantId: string, customerId: string): Promise<boolean> {
  const release = await client.moduleRelease.findFirst({
    where: { tenantId, customerId, module: "COMMUNICATION", level: { not: "HIDDEN" } },
    select: { id: true },
  });
  return release !== null;
}
