// Handing a ticket to a colleague, closing and reopening it.
// Shared set-up: tests/setup/ticket-*.ts.
import { describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { saveEmailPreferences } from "@/lib/data/notifications/save-email-preferences";
import type { RequestContext } from "@/lib/data/context/types";
import { updateCustomer } from "@/lib/data/customers/update-customer";
import { closeTicket } from "@/lib/data/tickets/close-ticket";
import { countUnreadTickets } from "@/lib/data/tickets/count-unread-tickets";
import { forwardTicket } from "@/lib/data/tickets/forward-ticket";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listTicketInbox } from "@/lib/data/tickets/list-ticket-inbox";
import { reopenTicket } from "@/lib/data/tickets/reopen-ticket";
import { db } from "@/lib/db/client";
import { expectNoContent, mailsTo, notificationsOf, payloadOf } from "../setup/ticket-outbox";
import { MINUTE, NOTE } from "../setup/ticket-texts";
import { openTicket, ticketCustomer, ticketOfficeSuite, ticketRow } from "../setup/ticket-write-fixtures";

const office = ticketOfficeSuite();

describe("forwarding", () => {
  it("hands the ticket to a colleague with an internal note and tells only them, without the note", async () => {
    const start = new Date("2026-03-05T09:00:00Z");
    freezeClock(start);
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    freezeClock(new Date(start.getTime() + MINUTE));
    expect(
      await forwardTicket(office.advisorCtx, { ticketId: id, assigneeId: office.backoffice.id, note: `  ${NOTE} ` }),
    ).toEqual({
      ok: true,
      id,
    });

    const ticket = await ticketRow(id);
    expect(ticket.assigneeId).toBe(office.backoffice.id);
    expect(ticket.lastActivityAt.getTime()).toBe(start.getTime() + MINUTE);
    expect(ticket.lastPublicAt.getTime()).toBe(start.getTime());
    expect(ticket.messages.at(-1)).toMatchObject({ body: NOTE, isInternal: true, authorId: office.advisor.id });
    expect(ticket.events.at(-1)).toMatchObject({
      type: "FORWARDED",
      actorId: office.advisor.id,
      data: { fromId: office.advisor.id, toId: office.backoffice.id },
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.forwarded", entityId: id } });
    expect(audit.data).toMatchObject({ fromId: office.advisor.id, toId: office.backoffice.id });
    expectNoContent(JSON.stringify(audit.data));

    const notes = (await notificationsOf(office.backoffice.id)).filter((n) => n.link === `/broker/tickets/${id}`);
    expect(notes.map((n) => n.type)).toEqual(["ticket.forwarded"]);
    expect(notes[0]!.title).toBe(`Vorgang #${ticket.number} wurde an Sie weitergeleitet`);
    const mails = (await mailsTo(office.backoffice.email)).filter((m) => payloadOf(m).text.includes(`/broker/tickets/${id}`));
    expect(mails).toHaveLength(1);
    expectNoContent(payloadOf(mails[0]!).subject, payloadOf(mails[0]!).text, payloadOf(mails[0]!).html);
    expect(await notificationsOf(user.id)).toEqual([]);
  });

  it("records taking a ticket as ASSIGNED without a notice, and refuses the same assignee again", async () => {
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    const before = (await notificationsOf(office.owner.id)).length;
    expect((await forwardTicket(office.ownerCtx, { ticketId: id, assigneeId: office.owner.id })).ok).toBe(true);
    const ticket = await ticketRow(id);
    expect(ticket.assigneeId).toBe(office.owner.id);
    expect(ticket.events.at(-1)).toMatchObject({ type: "ASSIGNED", data: { fromId: office.advisor.id, toId: office.owner.id } });
    expect(ticket.messages).toHaveLength(1);
    expect((await notificationsOf(office.owner.id)).length).toBe(before);
    expect(await forwardTicket(office.ownerCtx, { ticketId: id, assigneeId: office.owner.id })).toEqual({
      ok: false,
      error: "tickets.errors.sameAssignee",
    });
  });
});

describe("a changed advisor", () => {
  /** Saves the customer's edit form as it stands, with `advisorId` as the advisor. */
  async function saveWithAdvisor(ctx: RequestContext, customerId: string, advisorId: string) {
    const c = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
    const result = await updateCustomer(ctx, customerId, {
      kind: "PERSON",
      salutation: "",
      title: "",
      firstName: c.firstName ?? "",
      lastName: c.lastName ?? "",
      birthDate: "",
      email: c.email ?? "",
      mobile: "",
      phone: "",
      street: "",
      postalCode: "",
      city: "",
      country: "DE",
      advisorId,
      customerNumber: c.customerNumber,
      notes: "",
    });
    if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result)}`);
  }

  it("moves open tickets the old advisor can no longer open to the new advisor, in their badge", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const stranded = await openTicket(ctx);
    const withColleague = await openTicket(ctx, { assigneeId: office.backoffice.id });
    const closed = await openTicket(ctx);
    expect((await closeTicket(office.advisorCtx, closed)).ok).toBe(true);
    expect((await ticketRow(stranded)).assigneeId).toBe(office.advisor.id);
    const badgeBefore = await countUnreadTickets(office.otherAdvisorCtx);

    await saveWithAdvisor(office.ownerCtx, customer.id, office.otherAdvisor.id);

    const ticket = await ticketRow(stranded);
    expect(ticket.assigneeId).toBe(office.otherAdvisor.id);
    expect(ticket.events.filter((e) => e.type === "ASSIGNED")).toMatchObject([
      { actorId: office.owner.id, data: { fromId: office.advisor.id, toId: office.otherAdvisor.id } },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.forwarded", entityId: stranded } });
    expect(audit).toMatchObject({ actorUserId: office.owner.id, customerId: customer.id });
    expect(audit.data).toEqual({ fromId: office.advisor.id, toId: office.otherAdvisor.id, reason: "advisorChanged" });
    // in the new advisor's "mine" view and badge, and they are told
    expect(await countUnreadTickets(office.otherAdvisorCtx)).toBe(badgeBefore + 1);
    const mine = await listTicketInbox(office.otherAdvisorCtx, { assignee: "mine", q: `#${ticket.number}` });
    expect(mine.items.map((t) => [t.id, t.unread])).toEqual([[stranded, true]]);
    const notes = (await notificationsOf(office.otherAdvisor.id)).filter((n) => n.link === `/broker/tickets/${stranded}`);
    expect(notes.map((n) => n.title)).toEqual([`Vorgang #${ticket.number} wurde Ihnen zugewiesen`]);
    // the customer sees no hand-over
    const customerView = await getTicketDetail(ctx, stranded);
    expect(customerView?.entries.some((e) => e.type === "event" && e.event === "ASSIGNED")).toBe(false);

    // a colleague who may still answer keeps theirs; a closed ticket moves only when the customer writes again
    expect((await ticketRow(withColleague)).assigneeId).toBe(office.backoffice.id);
    const closedRow = await ticketRow(closed);
    expect(closedRow.assigneeId).toBe(office.advisor.id);
    expect(closedRow.events.some((e) => e.type === "ASSIGNED")).toBe(false);

    // saving again without a new advisor moves nothing
    await saveWithAdvisor(office.ownerCtx, customer.id, office.otherAdvisor.id);
    expect((await ticketRow(stranded)).events.filter((e) => e.type === "ASSIGNED")).toHaveLength(1);
  });
});

describe("closing and reopening", () => {
  it("closes with a CLOSED event and a status notice, and refuses closing twice", async () => {
    const start = new Date("2026-03-06T09:00:00Z");
    freezeClock(start);
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    freezeClock(new Date(start.getTime() + MINUTE));
    expect(await closeTicket(office.backofficeCtx, id)).toEqual({ ok: true, id });

    const ticket = await ticketRow(id);
    expect(ticket).toMatchObject({ status: "CLOSED" });
    expect(ticket.closedAt?.getTime()).toBe(start.getTime() + MINUTE);
    expect(ticket.lastPublicAt.getTime()).toBe(start.getTime() + MINUTE);
    expect(ticket.lastActivityAt.getTime()).toBe(start.getTime() + MINUTE);
    expect(ticket.events.at(-1)).toMatchObject({ type: "CLOSED", actorId: office.backoffice.id });
    expect(await db.auditLog.count({ where: { action: "ticket.closed", entityId: id } })).toBe(1);
    expect((await notificationsOf(user.id)).map((n) => ({ type: n.type, title: n.title, link: n.link }))).toEqual([
      { type: "ticket.closed", title: "Ihre Anfrage wurde abgeschlossen", link: `/portal/messages/${id}` },
    ]);
    const [mail] = await mailsTo(user.email);
    expectNoContent(payloadOf(mail!).subject, payloadOf(mail!).text, payloadOf(mail!).html);

    expect(await closeTicket(office.backofficeCtx, id)).toEqual({ ok: false, error: "tickets.errors.alreadyClosed" });
    expect((await ticketRow(id)).events.filter((e) => e.type === "CLOSED")).toHaveLength(1);
  });

  it("sends the close notice under the status preference", async () => {
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    expect(await saveEmailPreferences(ctx, { documents: true, messages: true, status: false })).toMatchObject({ ok: true });
    const id = await openTicket(ctx);
    expect((await closeTicket(office.advisorCtx, id)).ok).toBe(true);
    expect(await notificationsOf(user.id)).toHaveLength(1);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it("reopens a closed ticket with a REOPENED event and refuses reopening an open one", async () => {
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    expect(await reopenTicket(office.advisorCtx, id)).toEqual({ ok: false, error: "tickets.errors.notClosed" });
    expect((await closeTicket(office.advisorCtx, id)).ok).toBe(true);
    expect(await reopenTicket(office.advisorCtx, id)).toEqual({ ok: true, id });
    const ticket = await ticketRow(id);
    expect(ticket).toMatchObject({ status: "OPEN", closedAt: null });
    expect(ticket.events.map((e) => e.type)).toEqual(["CREATED", "CLOSED", "REOPENED"]);
    expect(await db.auditLog.count({ where: { action: "ticket.reopened", entityId: id, actorUserId: office.advisor.id } })).toBe(
      1,
    );
  });
});
