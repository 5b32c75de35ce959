import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import { writableTicket, type WritableTicket } from "./ticket-write-access";
import { lockedTicketStatus, touchTicket } from "./touch-ticket";
import type { TicketActionResult } from "./types";

/** What closing and reopening write: the event, the audit action, and the refusal when nothing changes. */
const CHANGES = {
  CLOSED: { event: "CLOSED", action: "ticket.closed", unchanged: "tickets.errors.alreadyClosed" },
  OPEN: { event: "REOPENED", action: "ticket.reopened", unchanged: "tickets.errors.notClosed" },
} as const;

/**
 * Staff close or reopen a ticket in one transaction: the ticket row is locked and its status checked
 * again (two clicks never write two events), then the event, the public activity markers (the customer
 * sees the change in the timeline) and the audit entry. `after` runs last in the same transaction
 * (closeTicket's notice to the customer). Returns the ticket id.
 */
export async function changeTicketStatus(
  ctx: RequestContext | null,
  ticketId: string,
  status: keyof typeof CHANGES,
  after?: (tx: Prisma.TransactionClient, ctx: RequestContext & { actor: StaffActor }, ticket: WritableTicket) => Promise<void>,
): Promise<TicketActionResult> {
  requireStaff(ctx);
  const ticket = await writableTicket(ctx, ticketId);
  const change = CHANGES[status];
  return db.$transaction(async (tx) => {
    if ((await lockedTicketStatus(tx, ticket.id)) === status) return { ok: false as const, error: change.unchanged };
    const at = now();
    await tx.ticketEvent.create({
      data: { tenantId: ctx.tenant.id, ticketId: ticket.id, actorId: ctx.actor.id, type: change.event, createdAt: at },
    });
    await touchTicket(tx, ctx, ticket.id, { at, isPublic: true, data: { status, closedAt: status === "CLOSED" ? at : null } });
    await writeAudit(
      { ...actorAudit(ctx), action: change.action, entityType: "Ticket", entityId: ticket.id, customerId: ticket.customerId },
      tx,
    );
    await after?.(tx, ctx, ticket);
    return { ok: true as const, id: ticket.id };
  });
}
