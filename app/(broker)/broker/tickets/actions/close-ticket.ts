"use server";

import { closeTicket } from "@/lib/data/tickets/close-ticket";
import { runTicketAction } from "./run-ticket-action";

/** Only staff close tickets; the data layer checks the id and the right and tells the customer. */
export async function closeTicketAction(ticketId: string) {
  return runTicketAction((ctx) => closeTicket(ctx, ticketId));
}
