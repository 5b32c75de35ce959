import "server-only";
import type { Prisma } from "../../db/generated/client";
import { toPage, type Page } from "../../validation/pagination";
import type { RequestContext } from "../context/types";
import { ticketPersonName } from "./ticket-person";
import { isUnread, ticketReadTimes } from "./ticket-read-times";
import type { TicketListItem } from "./types";

/** The columns both ticket lists show (each adds the activity time it sorts by, the inbox the customer). */
export const ticketListSelect = {
  id: true,
  number: true,
  subject: true,
  kind: true,
  status: true,
  assignee: { select: { id: true, firstName: true, lastName: true, email: true } },
} satisfies Prisma.TicketSelect;

type ListRow = Prisma.TicketGetPayload<{ select: typeof ticketListSelect }>;

/**
 * A fetched list page (take + 1 rows) as the viewer's list items: `activityAt` is the time the list
 * sorts by and marks unread by (staff: any activity, customer: what they can see), with one read
 * lookup for the whole page; `customer` fills the inbox's customer column (null in the customer's list).
 */
export async function toTicketListPage<R extends ListRow>(
  ctx: RequestContext,
  rows: R[],
  take: number,
  { activityAt, customer }: { activityAt: (row: R) => Date; customer: (row: R) => TicketListItem["customer"] },
): Promise<Page<TicketListItem>> {
  const page = toPage(rows, take);
  const reads = await ticketReadTimes(
    ctx,
    page.items.map((r) => r.id),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      number: row.number,
      subject: row.subject,
      kind: row.kind,
      status: row.status,
      lastActivityAt: activityAt(row),
      unread: isUnread(activityAt(row), reads.get(row.id)),
      assignee: row.assignee ? { id: row.assignee.id, name: ticketPersonName(row.assignee) } : null,
      customer: customer(row),
    })),
  };
}
