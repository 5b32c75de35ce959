import "server-only";
import { db } from "../../db/client";
import type { Page } from "../../validation/pagination";
import { ticketInboxSearch, type TicketInboxSearch } from "../../validation/ticket";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { inboxFilterWhere, inboxTextWhere } from "./ticket-inbox-filter";
import { ticketPageQuery } from "./ticket-keyset";
import { ticketListSelect, toTicketListPage } from "./ticket-list-page";
import { parseTicketListSearch } from "./ticket-search-params";
import type { TicketListItem } from "./types";

/**
 * Staff inbox: filter (status, assignee, text), order by last activity (internal notes and forwards
 * count), cursor pages, unread flags for the viewer. Advisors limited to own customers see only
 * their customers' tickets (ticketAccessWhere). Raw search params are parsed here; bad values fall
 * back to the defaults (parseTicketListSearch).
 */
export async function listTicketInbox(
  ctx: RequestContext | null,
  params: Partial<Record<keyof TicketInboxSearch, unknown>> = {},
): Promise<Page<TicketListItem>> {
  requireStaff(ctx);
  const search = parseTicketListSearch(ticketInboxSearch, params);
  const { cursor, take, q, sort } = search;
  const text = inboxTextWhere(q);
  const filters = [...inboxFilterWhere(search, ctx.actor.id), ...(text ? [text] : [])];
  const direction = sort === "oldest" ? "asc" : "desc";
  const rows = await db.ticket.findMany({
    ...(await ticketPageQuery(ctx, { filters, field: "lastActivityAt", direction, cursor, take })),
    select: {
      ...ticketListSelect,
      lastActivityAt: true,
      customer: { select: { id: true, kind: true, firstName: true, lastName: true, companyName: true, customerNumber: true } },
    },
  });
  return toTicketListPage(ctx, rows, take, {
    activityAt: (row) => row.lastActivityAt,
    customer: ({ customer }) => ({
      id: customer.id,
      name: customerDisplayName(customer),
      customerNumber: customer.customerNumber,
    }),
  });
}
