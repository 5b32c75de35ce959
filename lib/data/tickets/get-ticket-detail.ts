import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { documentAccessWhere } from "../documents/document-access";
import { canWriteModule } from "../portal/folder-rights";
import { mayAttachFiles } from "./record-ticket-attachments";
import { ticketAccessWhere, ticketMessageWhere } from "./ticket-access";
import { ticketPersonName, ticketPersonSelect } from "./ticket-person";
import { CUSTOMER_EVENT_TYPES, eventPeople, mergeTimeline } from "./ticket-timeline";
import type { TicketAttachment, TicketDetail } from "./types";

/**
 * One ticket with its timeline; null when the id is unknown or not visible (same answer, no probing).
 * Customers get the public part only: no internal notes or their attachments (ticketMessageWhere,
 * documentAccessWhere), no forwards or assignments. Staff reading a conversation is an access to
 * personal data and audited ("ticket.viewed"). Four statements for the ticket (ticket, customer,
 * messages, events) plus one for the people and one for the attachments, however long it is.
 */
export async function getTicketDetail(ctx: RequestContext | null, ticketId: string): Promise<TicketDetail | null> {
  if (!ctx) throw new AccessDeniedError();
  if (!z.uuid().safeParse(ticketId).success) return null;
  const isStaff = ctx.actor.kind === "STAFF";
  const ticket = await db.ticket.findFirst({
    where: { AND: [ticketAccessWhere(ctx), { id: ticketId }] },
    select: {
      id: true,
      number: true,
      subject: true,
      kind: true,
      status: true,
      createdAt: true,
      closedAt: true,
      assigneeId: true,
      addressedUserId: true,
      lastActivityAt: true,
      lastPublicAt: true,
      customer: {
        select: {
          id: true,
          kind: true,
          firstName: true,
          lastName: true,
          companyName: true,
          customerNumber: true,
          restrictedAt: true,
        },
      },
      messages: {
        where: ticketMessageWhere(ctx),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, authorId: true, body: true, isInternal: true, createdAt: true },
      },
      events: {
        where: { tenantId: ctx.tenant.id, ...(isStaff ? {} : { type: { in: CUSTOMER_EVENT_TYPES } }) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, actorId: true, type: true, data: true, createdAt: true },
      },
    },
  });
  if (!ticket) return null;

  const personIds = new Set<string>();
  if (ticket.assigneeId) personIds.add(ticket.assigneeId);
  if (ticket.addressedUserId) personIds.add(ticket.addressedUserId);
  for (const m of ticket.messages) if (m.authorId) personIds.add(m.authorId);
  for (const e of ticket.events) {
    const { fromId, toId } = eventPeople(e);
    for (const id of [e.actorId, fromId, toId]) if (id) personIds.add(id);
  }
  const messageIds = ticket.messages.map((m) => m.id);
  // staff open a file only with viewDocuments (authorizeDocumentDownload); listDocuments alone would
  // show links that fail, so without it the timeline carries no attachments at all
  const mayOpenFiles = ctx.actor.kind !== "STAFF" || ctx.actor.role.rights.viewDocuments;
  const [people, documents] = await Promise.all([
    db.user.findMany({ where: { tenantId: ctx.tenant.id, id: { in: [...personIds] } }, select: ticketPersonSelect }),
    messageIds.length && mayOpenFiles
      ? db.document.findMany({
          // the download route applies the same rule, so every listed attachment can be opened
          where: { AND: [documentAccessWhere(ctx), { ticketMessageId: { in: messageIds } }] },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, ticketMessageId: true, title: true, fileName: true, contentType: true, sizeBytes: true },
        })
      : [],
  ]);
  if (ctx.actor.kind === "STAFF") {
    await writeAudit({
      ...actorAudit(ctx),
      action: "ticket.viewed",
      entityType: "Ticket",
      entityId: ticket.id,
      customerId: ticket.customer.id,
    });
  }

  const byId = new Map(people.map((p) => [p.id, { name: ticketPersonName(p), isStaff: p.kind === "STAFF" }]));
  const attachments = new Map<string, TicketAttachment[]>();
  for (const { ticketMessageId, ...d } of documents) {
    if (ticketMessageId) attachments.set(ticketMessageId, [...(attachments.get(ticketMessageId) ?? []), d]);
  }
  const { customer, messages, events, assigneeId, addressedUserId, lastActivityAt, lastPublicAt, ...rest } = ticket;
  const open = ticket.status === "OPEN";
  // a GDPR-restricted record is frozen: nobody writes on its tickets any more (ticket-write-access.ts)
  const writable = !customer.restrictedAt;
  // a view-only role (no editCustomers) reads but never answers, hands on, closes or reopens
  const staffWriter = ctx.actor.kind === "STAFF" && ctx.actor.role.rights.editCustomers && writable;
  const staffMayWrite = staffWriter && open;
  // customers write only in their own folder with COMMUNICATION WRITE, and never while restricted
  const customerMayReply =
    ctx.actor.kind === "CUSTOMER" && canWriteModule({ ...ctx, actor: ctx.actor }, "COMMUNICATION") && !customer.restrictedAt;
  const mayReply = isStaff ? staffMayWrite : customerMayReply;
  const assigneeName = assigneeId ? byId.get(assigneeId)?.name : undefined;
  const addresseeName = addressedUserId ? byId.get(addressedUserId)?.name : undefined;
  return {
    ...rest,
    assignee: assigneeId && assigneeName ? { id: assigneeId, name: assigneeName } : null,
    customer: { id: customer.id, name: customerDisplayName(customer), customerNumber: customer.customerNumber },
    addressee: addressedUserId && addresseeName ? { id: addressedUserId, name: addresseeName } : null,
    entries: mergeTimeline(messages, events, byId, attachments, ctx.actor.id),
    can: {
      reply: mayReply,
      // an attachment becomes one of the customer's documents: staff need importDocuments for that
      attach: mayReply && mayAttachFiles(ctx),
      internalNote: staffMayWrite,
      forward: staffMayWrite,
      close: staffMayWrite,
      reopen: staffWriter && !open,
    },
    // read with the timeline: markTicketRead stores this, not "now", so whatever came after stays unread
    seenUpTo: isStaff ? lastActivityAt : lastPublicAt,
  };
}
