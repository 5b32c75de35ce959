import "server-only";
import type { RequestContext } from "@/lib/data/context/types";
import { unreadTicketBadge } from "@/lib/tickets/unread-ticket-badge";

export const MESSAGES_HREF = "/portal/messages";

/** The portal navigation's unread number for "Nachrichten": the customer's own conversations with news. */
export const messagesBadge = (ctx: RequestContext) => unreadTicketBadge(ctx, "portal.nav.unreadMessages");
