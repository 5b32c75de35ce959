import "server-only";
import type { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

/**
 * Moves a ticket's activity markers and marks it read for the actor, in the caller's transaction.
 * Public activity (messages the customer sees, creation, close, reopen) moves lastPublicAt too;
 * internal notes and forwards move only lastActivityAt, so the customer sees nothing new. Whoever
 * acts has seen the ticket up to now, so it never turns unread for them by their own action.
 */
export async function touchTicket(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  ticketId: string,
  { at, isPublic, data = {} }: { at: Date; isPublic: boolean; data?: Prisma.TicketUncheckedUpdateInput },
): Promise<void> {
  await tx.ticket.update({
    where: { id: ticketId, tenantId: ctx.tenant.id },
    data: { ...data, lastActivityAt: at, ...(isPublic ? { lastPublicAt: at } : {}) },
  });
  await markReadInTransaction(tx, ctx, ticketId, at);
}

/** Upserts the actor's TicketRead row (lastReadAt = at), in a transaction or on its own. */
export async function markReadInTransaction(
  tx: Prisma.TransactionClient | typeof db,
  ctx: RequestContext,
  ticketId: string,
  at: Date,
): Promise<void> {
  await tx.ticketRead.upsert({
    where: { ticketId_userId: { ticketId, userId: ctx.actor.id } },
    create: { ticketId, userId: ctx.actor.id, tenantId: ctx.tenant.id, lastReadAt: at },
    update: { lastReadAt: at },
  });
}

/** Locks the ticket row for the rest of the transaction and reads its current status. */
export async function lockedTicketStatus(tx: Prisma.TransactionClient, ticketId: string): Promise<"OPEN" | "CLOSED"> {
  const rows = await tx.$queryRaw<{ status: "OPEN" | "CLOSED" }[]>`
    SELECT status::text AS status FROM "Ticket" WHERE id = ${ticketId}::uuid FOR UPDATE`;
  // deleted meanwhile (e.g. with its customer): the same answer as for any unknown ticket
  if (!rows[0]) throw new AccessDeniedError("ticket not found");
  return rows[0].status;
}
