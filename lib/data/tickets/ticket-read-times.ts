import "server-only";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";

/**
 * When the viewer last opened each of the listed tickets: ONE query for a whole page (TicketRead
 * primary key), instead of a read lookup per row. Tickets without a row were never opened.
 */
export async function ticketReadTimes(ctx: RequestContext, ticketIds: string[]): Promise<Map<string, Date>> {
  if (ticketIds.length === 0) return new Map();
  const reads = await db.ticketRead.findMany({
    where: { tenantId: ctx.tenant.id, userId: ctx.actor.id, ticketId: { in: ticketIds } },
    select: { ticketId: true, lastReadAt: true },
  });
  return new Map(reads.map((r) => [r.ticketId, r.lastReadAt]));
}

/** Unread: something happened after the last visit (or the ticket was never opened). */
export function isUnread(activityAt: Date, lastReadAt: Date | undefined): boolean {
  return !lastReadAt || activityAt > lastReadAt;
}
