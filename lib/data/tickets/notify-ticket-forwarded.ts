import "server-only";
import type { Prisma } from "../../db/generated/client";
import { notifyStaff } from "../../notifications/notify-staff";

/**
 * A colleague hears that a ticket was handed to them. `forwarded`: a colleague forwarded it ("wurde an
 * Sie weitergeleitet"); `assigned`: it was given to them without a forward — opened for them on a
 * customer's behalf, or moved to them because the customer's advisor changed ("wurde Ihnen
 * zugewiesen"). Number only, never subject or text (notifyStaff).
 */
export function notifyTicketForwarded(
  tx: Prisma.TransactionClient,
  {
    tenantId,
    userId,
    ticket,
    how = "forwarded",
  }: { tenantId: string; userId: string; ticket: { id: string; number: number }; how?: "forwarded" | "assigned" },
): Promise<boolean> {
  return notifyStaff(tx, {
    tenantId,
    userId,
    // one kind for both: the staff's notification list treats every hand-over alike
    type: "ticket.forwarded",
    title: {
      key: how === "assigned" ? "tickets.notice.staffAssigned" : "tickets.notice.staffForwarded",
      values: { number: ticket.number },
    },
    link: `/broker/tickets/${ticket.id}`,
  });
}
