import "server-only";
import type { Prisma } from "../../db/generated/client";
import { notifyStaff } from "../../notifications/notify-staff";

/**
 * A colleague hears that a ticket was handed to them: forwarded by someone else, or opened for them
 * on a customer's behalf. Number only, never subject or text (notifyStaff).
 */
export function notifyTicketForwarded(
  tx: Prisma.TransactionClient,
  { tenantId, userId, ticket }: { tenantId: string; userId: string; ticket: { id: string; number: number } },
): Promise<boolean> {
  return notifyStaff(tx, {
    tenantId,
    userId,
    type: "ticket.forwarded",
    title: { key: "tickets.notice.staffForwarded", values: { number: ticket.number } },
    link: `/broker/tickets/${ticket.id}`,
  });
}
