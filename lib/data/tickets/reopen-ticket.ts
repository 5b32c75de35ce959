import "server-only";
import type { RequestContext } from "../context/types";
import { changeTicketStatus } from "./change-ticket-status";
import type { TicketActionResult } from "./types";

/**
 * Staff reopen a closed ticket (to write into it again). The customer sees it open again in the
 * timeline; the e-mail comes with the next reply, not for the status change alone. Returns the ticket id.
 */
export function reopenTicket(ctx: RequestContext | null, ticketId: string): Promise<TicketActionResult> {
  return changeTicketStatus(ctx, ticketId, "OPEN");
}
