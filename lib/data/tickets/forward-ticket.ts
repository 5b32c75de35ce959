import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { ticketForwardInput, type TicketForwardInput } from "../../validation/ticket";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { addressableStaff } from "./addressable-staff";
import { notifyTicketForwarded } from "./notify-ticket-forwarded";
import { hourlyMessageLimitReached } from "./ticket-rate-limit";
import { requireStaffMayWrite, writableTicket } from "./ticket-write-access";
import { lockedTicketStatus, touchTicket } from "./touch-ticket";
import type { TicketActionResult } from "./types";

const refuse = (error: Msg, fieldErrors?: Record<string, Msg>): TicketActionResult =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

/**
 * Staff hand a ticket to a colleague (FORWARDED) or take it themselves (ASSIGNED), only to someone
 * who may see the customer (addressableStaff), so the new assignee can always open it. The optional
 * note becomes an internal message the customer never sees; the customer's side does not move.
 * The new assignee is told by e-mail and in-app. Returns the ticket id.
 */
export async function forwardTicket(ctx: RequestContext | null, input: TicketForwardInput): Promise<TicketActionResult> {
  requireStaff(ctx);
  // rights before input: a view-only role learns nothing from validation messages
  requireStaffMayWrite(ctx);
  // the whole input through zod: null, a string or a foreign shape is bad input, not a crash
  const parsed = ticketForwardInput.safeParse(input);
  if (!parsed.success) {
    // field issues carry catalog keys; a wrong shape as a whole (null, an array) has no field to name
    const fieldErrors = fieldErrorsFrom(parsed.error.issues.filter((issue) => issue.path.length > 0));
    // a malformed ticket id is answered like any unknown ticket
    if (fieldErrors.ticketId) await writableTicket(ctx, ticketIdOf(input));
    return refuse("common.errors.checkInput", Object.keys(fieldErrors).length ? fieldErrors : undefined);
  }
  const { ticketId, assigneeId, note } = parsed.data;
  const ticket = await writableTicket(ctx, ticketId);
  const recipients = await addressableStaff(db, ctx.tenant.id, { advisorId: ticket.customer.advisorId });
  if (!recipients.some((r) => r.id === assigneeId)) {
    return refuse("common.errors.checkInput", { assigneeId: "tickets.validation.assigneeInvalid" });
  }

  return db.$transaction(async (tx) => {
    if (note && (await hourlyMessageLimitReached(tx, ctx.tenant.id, ctx.actor.id, { lock: true }))) {
      return refuse("tickets.errors.hourlyLimit");
    }
    if ((await lockedTicketStatus(tx, ticket.id)) === "CLOSED") return refuse("tickets.errors.closed");
    const current = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { assigneeId: true } });
    if (current.assigneeId === assigneeId) return refuse("tickets.errors.sameAssignee");

    const at = now();
    const toSelf = assigneeId === ctx.actor.id;
    const message = note
      ? await tx.ticketMessage.create({
          data: {
            tenantId: ctx.tenant.id,
            ticketId: ticket.id,
            authorId: ctx.actor.id,
            body: note,
            isInternal: true,
            createdAt: at,
          },
          select: { id: true },
        })
      : null;
    await tx.ticketEvent.create({
      data: {
        tenantId: ctx.tenant.id,
        ticketId: ticket.id,
        actorId: ctx.actor.id,
        type: toSelf ? "ASSIGNED" : "FORWARDED",
        data: { fromId: current.assigneeId, toId: assigneeId },
        createdAt: at,
      },
    });
    // internal: the customer's order and unread marker stay as they are
    await touchTicket(tx, ctx, ticket.id, { at, isPublic: false, data: { assigneeId } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "ticket.forwarded",
        entityType: "Ticket",
        entityId: ticket.id,
        customerId: ticket.customerId,
        data: { fromId: current.assigneeId, toId: assigneeId, noteMessageId: message?.id ?? null },
      },
      tx,
    );
    if (!toSelf) await notifyTicketForwarded(tx, { tenantId: ctx.tenant.id, userId: assigneeId, ticket });
    return { ok: true as const, id: ticket.id };
  });
}

/** The ticket id of an input that failed validation, whatever shape it has ("" when there is none). */
function ticketIdOf(input: unknown): string {
  const id = input && typeof input === "object" ? (input as { ticketId?: unknown }).ticketId : undefined;
  return typeof id === "string" ? id : "";
}
