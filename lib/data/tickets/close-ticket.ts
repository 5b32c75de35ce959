import "server-only";
import { notifyCustomer } from "../../notifications/notify-customer";
import { ticketRecipients } from "../company/ticket-recipients";
import type { RequestContext } from "../context/types";
import { changeTicketStatus } from "./change-ticket-status";
import { communicationReleased } from "./ticket-write-access";
import type { TicketActionResult } from "./types";

/**
 * Only staff close a ticket (myDIVERSO); the customer is told (status e-mail category) while they can
 * read conversations. A customer's later reply reopens it. Returns the ticket id.
 */
export function closeTicket(ctx: RequestContext | null, ticketId: string): Promise<TicketActionResult> {
  return changeTicketStatus(ctx, ticketId, "CLOSED", async (tx, staffCtx, ticket) => {
    // with the module hidden the customer cannot open the link: no notice about something they cannot see
    if (!(await communicationReleased(tx, staffCtx.tenant.id, ticket.customerId))) return;
    await notifyCustomer(tx, {
      tenantId: staffCtx.tenant.id,
      customerId: ticket.customerId,
      // a company: only the ticket's creator / addressee
      onlyUserIds: await ticketRecipients(tx, staffCtx.tenant, ticket),
      type: "ticket.closed",
      title: "tickets.notice.customerClosed",
      link: `/portal/messages/${ticket.id}`,
      emailCategory: "status",
    });
  });
}
