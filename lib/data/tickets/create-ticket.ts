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
import { newTicketFields, TICKET_ATTACHMENTS_MAX, TICKETS_PER_DAY, type NewTicketInput } from "../../validation/ticket";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { addressableStaff } from "./addressable-staff";
import { companyAddresseeWhere } from "./list-company-addressees";
import { notifyTicketForwarded } from "./notify-ticket-forwarded";
import { mayAttachFiles, recordTicketAttachments } from "./record-ticket-attachments";
import { dailyTicketLimitReached, hourlyMessageLimitReached } from "./ticket-rate-limit";
import { communicationReleased, newTicketCustomer } from "./ticket-write-access";
import { markReadInTransaction } from "./touch-ticket";
import type { StoredAttachment, TicketActionResult } from "./types";

const refuse = (error: Msg, fieldErrors?: Record<string, Msg>): TicketActionResult =>
  fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };

/**
 * Opens a ticket. Customer: in the own folder with COMMUNICATION WRITE, to a staff member from
 * addressableStaff (empty = own advisor, else the first one who may see them). Staff: on a
 * customer's behalf (input.customerId required; the customer must be able to read conversations;
 * editCustomers, and importDocuments for files), to themselves or a colleague who may see the customer; for a
 * COMPANY customer addressed to one of its portal accounts (addressedUserId, required; ignored for a private
 * customer and for customers). Ticket, first message, CREATED event,
 * attachment documents, read mark, audit and notifications commit together.
 */
export async function createTicket(
  ctx: RequestContext | null,
  input: NewTicketInput,
  attachments: StoredAttachment[] = [],
): Promise<TicketActionResult> {
  if (!ctx) throw new AccessDeniedError("not signed in");
  const isStaff = ctx.actor.kind === "STAFF";
  const parsed = newTicketFields.safeParse(input);
  let customerId: string | null = null;
  if (isStaff) {
    // staff name the customer; without a valid one there is nobody whose rights could be checked
    const given = newTicketFields.shape.customerId.safeParse(input.customerId);
    if (!given.success || !given.data) {
      const fieldErrors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues);
      return refuse("common.errors.checkInput", { ...fieldErrors, customerId: "tickets.validation.customerInvalid" });
    }
    customerId = given.data;
  }
  // rights before input: someone who may not write here learns nothing from validation messages
  const customer = await newTicketCustomer(ctx, customerId);
  if (!parsed.success) return refuse("common.errors.checkInput", fieldErrorsFrom(parsed.error.issues));
  const data = parsed.data;
  if (attachments.length > TICKET_ATTACHMENTS_MAX) {
    return refuse({ key: "tickets.errors.tooManyAttachments", values: { max: TICKET_ATTACHMENTS_MAX } });
  }
  if (attachments.length > 0 && !mayAttachFiles(ctx)) return refuse("tickets.errors.attachmentsNotAllowed");

  if (isStaff && !(await communicationReleased(db, ctx.tenant.id, customer.id))) {
    return refuse("tickets.errors.communicationHidden");
  }
  const recipients = await addressableStaff(db, ctx.tenant.id, { advisorId: customer.advisorId });
  let assigneeId: string;
  if (data.assigneeId) {
    // only whom this customer may address: never another tenant's staff, a disabled account or a
    // colleague who may not see the customer (also hides whether such an id exists)
    if (!recipients.some((r) => r.id === data.assigneeId)) {
      return refuse("common.errors.checkInput", { assigneeId: "tickets.validation.assigneeInvalid" });
    }
    assigneeId = data.assigneeId;
  } else if (isStaff) {
    assigneeId = ctx.actor.id;
  } else {
    // addressableStaff lists the advisor first when they may receive it
    const first = recipients[0];
    if (!first) return refuse("tickets.errors.noRecipient");
    assigneeId = first.id;
  }
  // a company's ticket from the office goes to one named account, else nobody in the company could read
  // it (ticketAccessWhere); customers never address anyone: their own ticket is theirs through createdById
  let addressedUserId: string | null = null;
  if (isStaff) {
    const { kind } = await db.customer.findFirstOrThrow({
      where: { id: customer.id, tenantId: ctx.tenant.id },
      select: { kind: true },
    });
    if (kind === "COMPANY") {
      const addressee = data.addressedUserId
        ? await db.user.findFirst({
            where: { ...companyAddresseeWhere(ctx.tenant.id, customer.id), id: data.addressedUserId },
            select: { id: true },
          })
        : null;
      // missing, foreign, staff, another company's or a disabled account: the same answer
      if (!addressee) return refuse("common.errors.checkInput", { addressedUserId: "tickets.validation.addresseeInvalid" });
      addressedUserId = addressee.id;
    }
  }

  return db.$transaction(async (tx) => {
    // account row before customer row: the one lock order of all ticket writes (ticket-rate-limit.ts)
    if (await hourlyMessageLimitReached(tx, ctx.tenant.id, ctx.actor.id, { lock: true })) {
      return refuse("tickets.errors.hourlyLimit");
    }
    if (!isStaff && (await dailyTicketLimitReached(tx, ctx.tenant.id, customer.id, { lock: true }))) {
      return refuse({ key: "tickets.errors.dailyLimit", values: { max: TICKETS_PER_DAY } });
    }

    // per-tenant number, gap-free under concurrency: the row lock serialises parallel creations
    const [seq] = await tx.$queryRaw<{ ticketSeq: number }[]>`
      UPDATE "Tenant" SET "ticketSeq" = "ticketSeq" + 1 WHERE id = ${ctx.tenant.id}::uuid RETURNING "ticketSeq"`;
    if (!seq) throw new Error("tenant vanished");
    const at = now();
    const ticket = await tx.ticket.create({
      data: {
        tenantId: ctx.tenant.id,
        customerId: customer.id,
        number: Number(seq.ticketSeq),
        subject: data.subject,
        kind: data.kind,
        status: "OPEN",
        assigneeId,
        createdById: ctx.actor.id,
        addressedUserId,
        lastActivityAt: at,
        lastPublicAt: at,
        createdAt: at,
      },
      select: { id: true, number: true },
    });
    const message = await tx.ticketMessage.create({
      data: {
        tenantId: ctx.tenant.id,
        ticketId: ticket.id,
        authorId: ctx.actor.id,
        body: data.body,
        isInternal: false,
        createdAt: at,
      },
      select: { id: true },
    });
    const documentIds = await recordTicketAttachments(tx, ctx, {
      customerId: customer.id,
      messageId: message.id,
      internal: false,
      attachments,
    });
    await tx.ticketEvent.create({
      data: {
        tenantId: ctx.tenant.id,
        ticketId: ticket.id,
        actorId: ctx.actor.id,
        type: "CREATED",
        data: { assigneeId },
        createdAt: at,
      },
    });
    await markReadInTransaction(tx, ctx, ticket.id, at);
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "ticket.created",
        entityType: "Ticket",
        entityId: ticket.id,
        customerId: customer.id,
        // ids and counts only: subject and text stay in the ticket
        data: {
          kind: data.kind,
          assigneeId,
          ...(addressedUserId ? { addressedUserId } : {}),
          messageId: message.id,
          attachments: documentIds.length,
          documentIds,
        },
      },
      tx,
    );
    if (isStaff) {
      await notifyCustomer(tx, {
        tenantId: ctx.tenant.id,
        customerId: customer.id,
        // a company: only the account the office addressed it to
        onlyUserIds: await ticketRecipients(tx, ctx.tenant, { id: ticket.id, customerId: customer.id }),
        type: "ticket.opened",
        title: "tickets.notice.customerOpened",
        link: `/portal/messages/${ticket.id}`,
        emailCategory: "messages",
      });
      // a colleague who got a ticket opened for them hears that it is theirs now (not "forwarded")
      if (assigneeId !== ctx.actor.id) {
        await notifyTicketForwarded(tx, { tenantId: ctx.tenant.id, userId: assigneeId, ticket, how: "assigned" });
      }
    } else {
      await notifyStaff(tx, {
        tenantId: ctx.tenant.id,
        userId: assigneeId,
        type: "ticket.created",
        title: { key: "tickets.notice.staffCreated", values: { customerNumber: customer.customerNumber } },
        link: `/broker/tickets/${ticket.id}`,
      });
    }
    return { ok: true as const, id: ticket.id };
  });
}
