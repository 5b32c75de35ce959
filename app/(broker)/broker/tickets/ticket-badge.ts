import "server-only";
import type { RequestContext } from "@/lib/data/context/types";
import { unreadTicketBadge } from "@/lib/tickets/unread-ticket-badge";

export const TICKETS_HREF = "/broker/tickets";

/** The header's unread number for the ticket link: OPEN tickets assigned to the viewer with news. */
export const ticketBadge = (ctx: RequestContext) => unreadTicketBadge(ctx, "brokerTickets.nav.unread");
