import "server-only";
import { db } from "../../db/client";
import { ticketAccessWhere } from "../tickets/ticket-access";
import { EXPORT_LIMIT, iso, type CustomerContext } from "./export-values";

/**
 * Conversations of the own customer record without the office's internal notes; null when the
 * communication module is not released. A company user gets only their own conversations (ticketAccessWhere).
 */
export async function exportMessages(ctx: CustomerContext) {
  if (ctx.actor.releases.COMMUNICATION === "HIDDEN") return null;
  const tenantId = ctx.tenant.id;
  const tickets = await db.ticket.findMany({
    where: ctx.actor.company ? ticketAccessWhere(ctx) : { tenantId, customerId: ctx.actor.ownCustomerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
    select: {
      number: true,
      subject: true,
      kind: true,
      status: true,
      createdAt: true,
      closedAt: true,
      messages: {
        where: { tenantId, isInternal: false },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { authorId: true, body: true, createdAt: true },
      },
    },
  });
  const authorIds = [...new Set(tickets.flatMap((tk) => tk.messages.map((m) => m.authorId)).filter((id) => id !== null))];
  const customerAuthors = new Set(
    authorIds.length
      ? (await db.user.findMany({ where: { tenantId, kind: "CUSTOMER", id: { in: authorIds } }, select: { id: true } })).map(
          (u) => u.id,
        )
      : [],
  );
  return tickets.map((tk) => ({
    number: tk.number,
    subject: tk.subject,
    kind: tk.kind,
    status: tk.status,
    createdAt: iso(tk.createdAt),
    closedAt: iso(tk.closedAt),
    messages: tk.messages.map((m) => ({
      from: m.authorId && customerAuthors.has(m.authorId) ? "customer" : "broker",
      at: iso(m.createdAt),
      text: m.body,
    })),
  }));
}
