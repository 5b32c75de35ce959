import "server-only";
import { db } from "../../db/client";
import type { Page } from "../../validation/pagination";
import { customerTicketSearch, type CustomerTicketSearch } from "../../validation/ticket";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { ticketPageQuery } from "./ticket-keyset";
import { ticketListSelect, toTicketListPage } from "./ticket-list-page";
import { parseTicketListSearch } from "./ticket-search-params";
import type { TicketListItem } from "./types";

/**
 * The customer's own conversations, newest visible activity first, cursor pages. The customer's time
 * is lastPublicAt: internal notes and forwards neither reorder their list nor mark a ticket unread.
 * Empty in a household member's folder and while COMMUNICATION is hidden (ticketAccessWhere).
 */
export async function listCustomerTickets(
  ctx: RequestContext | null,
  params: Partial<CustomerTicketSearch> = {},
): Promise<Page<TicketListItem>> {
  requireCustomer(ctx);
  const { status, cursor, take } = parseTicketListSearch(customerTicketSearch, params);
  const filters = status === "ALL" ? [] : [{ status }];
  const rows = await db.ticket.findMany({
    ...(await ticketPageQuery(ctx, { filters, field: "lastPublicAt", direction: "desc", cursor, take })),
    select: { ...ticketListSelect, lastPublicAt: true },
  });
  return toTicketListPage(ctx, rows, take, { activityAt: (row) => row.lastPublicAt, customer: () => null });
}
