"use server";

import { forwardTicket } from "@/lib/data/tickets/forward-ticket";
import type { TicketForwardInput } from "@/lib/validation/ticket";
import { runTicketAction } from "./run-ticket-action";

/** Hands the ticket to a colleague, optionally with an internal note (forwardTicket validates the input). */
export async function forwardTicketAction(input: TicketForwardInput) {
  return runTicketAction((ctx) => forwardTicket(ctx, input));
}
