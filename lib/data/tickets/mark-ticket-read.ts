import "server-only";
import { z } from "zod";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { RequestContext } from "../context/types";
import { ticketAccessWhere } from "./ticket-access";

/**
 * The viewer has seen the ticket up to `seenUpTo` — TicketDetail.seenUpTo, the activity the page
 * showed; without it, up to now. Pages pass it: a reply saved between reading the timeline and this
 * call is newer and stays unread. Never in the future, and a read mark only moves forward (an older
 * tab does not undo a newer visit). Silently nothing for invisible, unknown or malformed ids. No
 * audit here: opening a ticket is audited by getTicketDetail.
 */
export async function markTicketRead(ctx: RequestContext | null, ticketId: string, seenUpTo?: Date): Promise<void> {
  if (!ctx || !z.uuid().safeParse(ticketId).success) return;
  const ticket = await db.ticket.findFirst({ where: { AND: [ticketAccessWhere(ctx), { id: ticketId }] }, select: { id: true } });
  if (!ticket) return;
  const current = now();
  const valid = seenUpTo instanceof Date && !Number.isNaN(seenUpTo.getTime());
  const at = valid && seenUpTo < current ? seenUpTo : current;
  // two single statements, each atomic: create the row if missing, then move it forward only
  await db.ticketRead.createMany({
    data: [{ ticketId: ticket.id, userId: ctx.actor.id, tenantId: ctx.tenant.id, lastReadAt: at }],
    skipDuplicates: true,
  });
  await db.ticketRead.updateMany({
    where: { ticketId: ticket.id, userId: ctx.actor.id, lastReadAt: { lt: at } },
    data: { lastReadAt: at },
  });
}
