"use server";

import { reopenTicket } from "@/lib/data/tickets/reopen-ticket";
import { runTicketAction } from "./run-ticket-action";

/** Staff reopen a closed ticket, e.g. when a matter turns out not to be settled. */
export async function reopenTicketAction(ticketId: string) {
  return runTicketAction((ctx) => reopenTicket(ctx, ticketId));
}
