import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import type { Prisma } from "../../db/generated/client";
import type { RequestContext, StaffActor } from "../context/types";
import { addressableStaff } from "./addressable-staff";
import { notifyTicketForwarded } from "./notify-ticket-forwarded";
import { notifyTargetAmong } from "./ticket-notify-target";

/**
 * After a customer's advisor changed, in the same transaction and after the Customer row is written:
 * every OPEN ticket of that customer whose assignee can no longer see or answer the customer (an
 * advisor limited to own customers who lost them, a disabled account, a role without the rights)
 * moves to whom a new ticket would go — the new advisor, else the first colleague who may answer
 * (ticketNotifyTarget). Otherwise it would stay in the "mine" view and badge of someone who cannot open
 * it, and nobody else would be told. Each move leaves an ASSIGNED event by the staff member who made
 * the change, an audit entry and a notice to the new assignee. Closed tickets stay as they are: a
 * customer's reply hands them over when it reopens them (postTicketMessage). Nobody who may answer at
 * all: the ticket stays where it is. Returns the number of tickets moved.
 */
export async function reassignStrandedTickets(
  tx: Prisma.TransactionClient,
  ctx: RequestContext & { actor: StaffActor },
  customer: { id: string; advisorId: string | null },
): Promise<number> {
  const tenantId = ctx.tenant.id;
  // locked (in one order): a forward or reply running at the same time is not overwritten, it waits
  const open = await tx.$queryRaw<{ id: string; number: number; assigneeId: string | null }[]>`
    SELECT id, number, "assigneeId" FROM "Ticket"
    WHERE "tenantId" = ${tenantId}::uuid AND "customerId" = ${customer.id}::uuid AND status = 'OPEN'
    ORDER BY id FOR UPDATE`;
  if (open.length === 0) return 0;
  const staff = await addressableStaff(tx, tenantId, { advisorId: customer.advisorId });
  const at = now();
  let moved = 0;
  for (const ticket of open) {
    const toId = notifyTargetAmong(staff, ticket.assigneeId);
    if (!toId || toId === ticket.assigneeId) continue;
    const fromId = ticket.assigneeId;
    // staff-side activity only: the customer sees no hand-over, but the new assignee sees it as new
    await tx.ticket.update({ where: { id: ticket.id, tenantId }, data: { assigneeId: toId, lastActivityAt: at } });
    await tx.ticketEvent.create({
      data: { tenantId, ticketId: ticket.id, actorId: ctx.actor.id, type: "ASSIGNED", data: { fromId, toId }, createdAt: at },
    });
    // a hand-over between colleagues (like a forward, hidden from the customer's access log)
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "ticket.forwarded",
        entityType: "Ticket",
        entityId: ticket.id,
        customerId: customer.id,
        data: { fromId, toId, reason: "advisorChanged" },
      },
      tx,
    );
    if (toId !== ctx.actor.id) {
      await notifyTicketForwarded(tx, {
        tenantId,
        userId: toId,
        ticket: { id: ticket.id, number: Number(ticket.number) },
        how: "assigned",
      });
    }
    moved++;
  }
  return moved;
}
