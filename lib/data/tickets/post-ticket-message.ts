import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { notifyCustomer } from "../../notifications/notify-customer";
import { ticketRecipients } from "../company/ticket-recipients";
import { notifyStaff } from "../../notifications/notify-staff";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { TICKET_ATTACHMENTS_MAX, ticketReplyFields, type TicketReplyInput } from "../../validation/ticket";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { mayAttachFiles, recordTicketAttachments } from "./record-ticket-attachments";
import { ticketNotifyTarget } from "./ticket-notify-target";
import { hourlyMessageLimitReached } from "./ticket-rate-limit";
import { communicationReleased, writableTicket, type WritableTicket } from "./ticket-write-access";
import { lockedTicketStatus, touchTicket } from "./touch-ticket";
import type { StoredAttachment, TicketActionResult } from "./types";

const refuse = (error: Msg, fieldErrors?: Record<string, Msg>): TicketActionResult =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

/**
 * A reply (or, staff only, an internal note) on a ticket the actor may write on. A customer reply
 * reopens a closed ticket and tells the assignee — handing the ticket over first when the assignee can
 * no longer handle it (customerReplyHandOver); a staff reply tells the customer (with the office's
 * signature, never the text); a note tells nobody and only moves the staff side's activity. Staff
 * do not write into a closed ticket: they reopen it first. Returns the message id.
 */
export async function postTicketMessage(
  ctx: RequestContext | null,
  ticketId: string,
  input: TicketReplyInput,
  attachments: StoredAttachment[] = [],
): Promise<TicketActionResult> {
  const ticket = await writableTicket(ctx, ticketId);
  if (!ctx) throw new AccessDeniedError("not signed in");
  const isStaff = ctx.actor.kind === "STAFF";
  const parsed = ticketReplyFields.safeParse(input);
  if (!parsed.success) return refuse("common.errors.checkInput", fieldErrorsFrom(parsed.error.issues));
  const { body, internal } = parsed.data;
  // the customer's form has no such switch: only a forged request asks for it
  if (internal && !isStaff) throw new AccessDeniedError("internal notes are staff only");
  if (attachments.length > TICKET_ATTACHMENTS_MAX) {
    return refuse({ key: "tickets.errors.tooManyAttachments", values: { max: TICKET_ATTACHMENTS_MAX } });
  }
  if (attachments.length > 0 && !mayAttachFiles(ctx)) return refuse("tickets.errors.attachmentsNotAllowed");
  if (isStaff && !internal && !(await communicationReleased(db, ctx.tenant.id, ticket.customerId))) {
    return refuse("tickets.errors.communicationHidden");
  }

  return db.$transaction(async (tx) => {
    if (await hourlyMessageLimitReached(tx, ctx.tenant.id, ctx.actor.id, { lock: true })) {
      return refuse("tickets.errors.hourlyLimit");
    }
    // read under lock: a close and a reply racing each other see one order
    const status = await lockedTicketStatus(tx, ticket.id);
    if (isStaff && status === "CLOSED") return refuse("tickets.errors.closed");
    const reopen = !isStaff && status === "CLOSED";
    // a customer's message must land with someone who can answer it (customerReplyHandOver below)
    const handOver = isStaff ? null : await customerReplyHandOver(tx, ctx.tenant.id, ticket);

    const at = now();
    const message = await tx.ticketMessage.create({
      data: { tenantId: ctx.tenant.id, ticketId: ticket.id, authorId: ctx.actor.id, body, isInternal: internal, createdAt: at },
      select: { id: true },
    });
    const documentIds = await recordTicketAttachments(tx, ctx, {
      customerId: ticket.customerId,
      messageId: message.id,
      internal,
      attachments,
    });
    const event = (type: "REOPENED" | "REPLIED") => ({
      tenantId: ctx.tenant.id,
      ticketId: ticket.id,
      actorId: ctx.actor.id,
      type,
      data: type === "REPLIED" ? { messageId: message.id } : {},
      createdAt: at,
    });
    // an internal note is its own timeline entry; public messages also leave a REPLIED event
    if (reopen) await tx.ticketEvent.create({ data: event("REOPENED") });
    if (handOver?.changed) {
      // done by the system, not by the customer: the office's timeline shows who holds it now
      await tx.ticketEvent.create({
        data: {
          tenantId: ctx.tenant.id,
          ticketId: ticket.id,
          actorId: null,
          type: "ASSIGNED",
          data: { fromId: handOver.fromId, toId: handOver.toId },
          createdAt: at,
        },
      });
    }
    if (!internal) await tx.ticketEvent.create({ data: event("REPLIED") });
    await touchTicket(tx, ctx, ticket.id, {
      at,
      isPublic: !internal,
      data: {
        ...(reopen ? { status: "OPEN" as const, closedAt: null } : {}),
        ...(handOver?.changed ? { assigneeId: handOver.toId } : {}),
      },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: internal ? "ticket.noted" : "ticket.replied",
        entityType: "Ticket",
        entityId: ticket.id,
        customerId: ticket.customerId,
        data: {
          messageId: message.id,
          attachments: documentIds.length,
          documentIds,
          ...(reopen ? { reopened: true } : {}),
          ...(handOver?.changed ? { reassigned: { fromId: handOver.fromId, toId: handOver.toId } } : {}),
        },
      },
      tx,
    );

    if (handOver) {
      if (handOver.toId) {
        await notifyStaff(tx, {
          tenantId: ctx.tenant.id,
          userId: handOver.toId,
          type: "ticket.replied",
          title: { key: "tickets.notice.staffReplied", values: { customerNumber: ticket.customer.customerNumber } },
          link: `/broker/tickets/${ticket.id}`,
        });
      }
    } else if (!internal) {
      await notifyCustomer(tx, {
        tenantId: ctx.tenant.id,
        customerId: ticket.customerId,
        // a company: only the ticket's creator / addressee
        onlyUserIds: await ticketRecipients(tx, ctx.tenant, ticket),
        type: "ticket.replied",
        title: "tickets.notice.customerReplied",
        link: `/portal/messages/${ticket.id}`,
        emailCategory: "messages",
      });
    }
    return { ok: true as const, id: message.id };
  });
}

/**
 * Who gets a customer's reply: the assignee while they may still handle it, else the notify target
 * (the advisor, else the first colleague who may answer; ticket-notify-target.ts). When that is someone
 * else (advisor changed, assignee disabled or lost the role's rights) the ticket moves to them in the
 * same transaction, so it lands in their "mine" view and badge instead of being stranded with somebody
 * who can no longer open it. Nobody at all (toId null): it stays where it is. Reads the assignee after
 * the ticket row is locked, so a forward in between is not overwritten.
 */
async function customerReplyHandOver(
  tx: Prisma.TransactionClient,
  tenantId: string,
  ticket: WritableTicket,
): Promise<{ fromId: string | null; toId: string | null; changed: boolean }> {
  const { assigneeId } = await tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { assigneeId: true } });
  const toId = await ticketNotifyTarget(tx, tenantId, { assigneeId, advisorId: ticket.customer.advisorId });
  return { fromId: assigneeId, toId, changed: toId !== null && toId !== assigneeId };
}
