// Tickets, messages, events, reads and attachments of the ticket read tests, written straight into the
// database (the write functions are tested on their own), with explicit times so order and unread are exact.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma, TicketEventType } from "@/lib/db/generated/client";
import { advisor, tenant } from "./ticket-read-fixtures";

const T0 = new Date("2026-03-02T09:00:00Z").getTime();
/** A fixed instant `minutes` after T0. */
export const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const numbers = new Map<string, number>();
export type TicketOptions = Partial<Prisma.TicketUncheckedCreateInput> & { minute?: number };

/** A ticket as the write side leaves it; `minute` sets both activity times. */
export async function storedTicket(customerId: string, { minute = 0, tenantId = tenant.id, ...rest }: TicketOptions = {}) {
  const number = (numbers.get(tenantId) ?? 0) + 1;
  numbers.set(tenantId, number);
  return db.ticket.create({
    data: {
      tenantId,
      customerId,
      number,
      subject: `Anliegen ${number}`,
      assigneeId: advisor.id,
      createdAt: at(minute),
      lastActivityAt: at(minute),
      lastPublicAt: at(minute),
      ...rest,
    },
  });
}

type Ticket = { id: string; tenantId: string };
export const storedMessage = (t: Ticket, authorId: string | null, minute: number, body: string, isInternal = false) =>
  db.ticketMessage.create({ data: { tenantId: t.tenantId, ticketId: t.id, authorId, body, isInternal, createdAt: at(minute) } });
export const storedEvent = (
  t: Ticket,
  type: TicketEventType,
  actorId: string | null,
  minute: number,
  data: Prisma.InputJsonValue = {},
) => db.ticketEvent.create({ data: { tenantId: t.tenantId, ticketId: t.id, type, actorId, data, createdAt: at(minute) } });
export const storedRead = (t: Ticket, userId: string, minute: number) =>
  db.ticketRead.upsert({
    where: { ticketId_userId: { ticketId: t.id, userId } },
    create: { tenantId: t.tenantId, ticketId: t.id, userId, lastReadAt: at(minute) },
    update: { lastReadAt: at(minute) },
  });
/** A document attached to a message (no S3 object: only the rows are read here). */
export const storedAttachment = (
  t: Ticket & { customerId: string },
  messageId: string,
  title: string,
  overrides: Partial<Prisma.DocumentUncheckedCreateInput> = {},
) =>
  db.document.create({
    data: {
      tenantId: t.tenantId,
      customerId: t.customerId,
      ticketMessageId: messageId,
      category: "CORRESPONDENCE",
      title,
      fileName: `${title}.pdf`,
      contentType: "application/pdf",
      sizeBytes: 1234,
      sha256: "0".repeat(64),
      storageKey: `t/${t.tenantId}/c/${t.customerId}/${randomUUID()}`,
      isVisibleToCustomer: true,
      scanState: "SKIPPED",
      ...overrides,
    },
  });

export const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);
