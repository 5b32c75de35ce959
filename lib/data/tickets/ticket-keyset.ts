import "server-only";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { ticketAccessWhere } from "./ticket-access";

export type TicketSortField = "lastActivityAt" | "lastPublicAt";
export type TicketSortDirection = "asc" | "desc";

/** The list order: the activity time, then the id so rows with the same time keep a fixed order. */
export function ticketOrder(field: TicketSortField, direction: TicketSortDirection): Prisma.TicketOrderByWithRelationInput[] {
  return [{ [field]: direction }, { id: direction }];
}

/**
 * The rows after the cursor in ticketOrder(field, direction), or null to start at the top. The cursor
 * is only a position: it must be a ticket the viewer may see (a foreign id must not reveal where its
 * activity time would sort, so Prisma's own `cursor`, which reads any row, is not used), otherwise
 * the list starts at the top. The cursor row's current time is used: a ticket with new activity since
 * the page was loaded moves to the top, which can repeat rows but never skips one that did not move.
 */
export async function ticketsAfterCursor(
  ctx: RequestContext,
  cursor: string | undefined,
  field: TicketSortField,
  direction: TicketSortDirection,
): Promise<Prisma.TicketWhereInput | null> {
  if (!cursor) return null;
  const row = await db.ticket.findFirst({
    where: { AND: [ticketAccessWhere(ctx), { id: cursor }] },
    select: { id: true, lastActivityAt: true, lastPublicAt: true },
  });
  if (!row) return null;
  const at = row[field];
  // the first bound alone lets PostgreSQL start the index scan at the cursor's time
  return direction === "desc"
    ? { AND: [{ [field]: { lte: at } }, { OR: [{ [field]: { lt: at } }, { id: { lt: row.id } }] }] }
    : { AND: [{ [field]: { gte: at } }, { OR: [{ [field]: { gt: at } }, { id: { gt: row.id } }] }] };
}

/**
 * The where, order and size of one list page (take + 1 rows, see toPage): the viewer's tickets that
 * match the list's `filters`, after the cursor, in ticketOrder(field, direction).
 */
export async function ticketPageQuery(
  ctx: RequestContext,
  {
    filters,
    field,
    direction,
    cursor,
    take,
  }: {
    filters: Prisma.TicketWhereInput[];
    field: TicketSortField;
    direction: TicketSortDirection;
    cursor: string | undefined;
    take: number;
  },
) {
  const after = await ticketsAfterCursor(ctx, cursor, field, direction);
  return {
    where: { AND: [ticketAccessWhere(ctx), ...filters, ...(after ? [after] : [])] },
    orderBy: ticketOrder(field, direction),
    take: take + 1,
  };
}
