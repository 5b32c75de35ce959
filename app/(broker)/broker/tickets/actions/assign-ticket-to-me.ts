"use server";

import { forwardTicket } from "@/lib/data/tickets/forward-ticket";
import { runTicketAction } from "./run-ticket-action";

/** The viewer takes the ticket; who "me" is comes from the session, never from the form. */
export async function assignTicketToMeAction(ticketId: string) {
  return runTicketAction((ctx) => forwardTicket(ctx, { ticketId, assigneeId: ctx.actor.id }));
}
