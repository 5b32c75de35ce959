// Replies and internal notes: activity markers, notices to the other side, closed tickets, and a
// customer reply that finds its assignee gone. Shared set-up: tests/setup/ticket-*.ts.
import { describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { saveEmailPreferences } from "@/lib/data/notifications/save-email-preferences";
import { closeTicket } from "@/lib/data/tickets/close-ticket";
import { countUnreadTickets } from "@/lib/data/tickets/count-unread-tickets";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listTicketInbox } from "@/lib/data/tickets/list-ticket-inbox";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { reopenTicket } from "@/lib/data/tickets/reopen-ticket";
import { db } from "@/lib/db/client";
import { createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { expectNoContent, mailsTo, notificationsOf, payloadOf } from "../setup/ticket-outbox";
import { BODY, MINUTE, NOTE, REPLY } from "../setup/ticket-texts";
import { openTicket, ticketCustomer, ticketOfficeSuite, ticketRow } from "../setup/ticket-write-fixtures";

const office = ticketOfficeSuite();

describe("replies", () => {
  it("a staff reply moves both markers, leaves a REPLIED event and tells the customer with the signature only", async () => {
    const start = new Date("2026-03-02T09:00:00Z");
    freezeClock(start);
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    freezeClock(new Date(start.getTime() + 5 * MINUTE));
    const result = await postTicketMessage(office.advisorCtx, id, { body: `  ${REPLY}\r\n` });
    if (!result.ok) throw new Error("not posted");

    const ticket = await ticketRow(id);
    expect(ticket.lastActivityAt.getTime()).toBe(start.getTime() + 5 * MINUTE);
    expect(ticket.lastPublicAt.getTime()).toBe(start.getTime() + 5 * MINUTE);
    expect(ticket.messages.at(-1)).toMatchObject({ id: result.id, body: REPLY, isInternal: false, authorId: office.advisor.id });
    expect(ticket.events.map((e) => e.type)).toEqual(["CREATED", "REPLIED"]);
    expect(ticket.events[1]).toMatchObject({ actorId: office.advisor.id, data: { messageId: result.id } });
    expect(ticket.reads.find((r) => r.userId === office.advisor.id)?.lastReadAt.getTime()).toBe(start.getTime() + 5 * MINUTE);
    expect(await db.auditLog.count({ where: { action: "ticket.replied", entityId: id, actorUserId: office.advisor.id } })).toBe(
      1,
    );

    expect((await notificationsOf(user.id)).map((n) => ({ type: n.type, title: n.title }))).toEqual([
      { type: "ticket.replied", title: "Neue Nachricht von Ihrem Makler" },
    ]);
    const [mail] = await mailsTo(user.email);
    const payload = payloadOf(mail!);
    expectNoContent(payload.subject, payload.text, payload.html);
    expect(payload.text).toContain(`/portal/messages/${id}`);
    // the office's signature, sanitised: its formatting stays, no script, no tracking image
    expect(payload.text).toContain("Beste Grüße\nIhr Team & Co\nTel. 040 123\n\n-- \n");
    for (const part of [payload.text, payload.html]) {
      expect(part).not.toContain("alert");
      expect(part).not.toContain("track.example");
    }
    expect(payload.text).not.toContain("<b>");
    expect(payload.html).toContain("Ihr <b>Team</b> &amp; Co");
  });

  it("writes no e-mail when the customer switched message e-mails off, but the in-app notice", async () => {
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    expect(await saveEmailPreferences(ctx, { documents: true, messages: false, status: true })).toMatchObject({ ok: true });
    const id = await openTicket(ctx);
    expect((await postTicketMessage(office.advisorCtx, id, { body: REPLY })).ok).toBe(true);
    expect(await notificationsOf(user.id)).toHaveLength(1);
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it("an internal note moves only the staff side and tells nobody", async () => {
    const start = new Date("2026-03-03T09:00:00Z");
    freezeClock(start);
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    const advisorMails = (await mailsTo(office.advisor.email)).length;
    freezeClock(new Date(start.getTime() + MINUTE));
    const result = await postTicketMessage(office.advisorCtx, id, { body: NOTE, internal: "on" });
    if (!result.ok) throw new Error("not posted");

    const ticket = await ticketRow(id);
    expect(ticket.messages.at(-1)).toMatchObject({ id: result.id, isInternal: true, body: NOTE });
    expect(ticket.lastActivityAt.getTime()).toBe(start.getTime() + MINUTE);
    expect(ticket.lastPublicAt.getTime()).toBe(start.getTime());
    expect(ticket.events.map((e) => e.type)).toEqual(["CREATED"]);
    expect(await notificationsOf(user.id)).toEqual([]);
    expect(await mailsTo(user.email)).toEqual([]);
    expect((await mailsTo(office.advisor.email)).length).toBe(advisorMails);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.noted", entityId: id } });
    expectNoContent(JSON.stringify(audit.data));
  });

  it("a customer reply tells the assignee; on a closed ticket it reopens it first", async () => {
    const start = new Date("2026-03-04T09:00:00Z");
    freezeClock(start);
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx, { assigneeId: office.backoffice.id });
    freezeClock(new Date(start.getTime() + MINUTE));
    expect((await postTicketMessage(ctx, id, { body: "Noch eine Frage dazu." })).ok).toBe(true);
    freezeClock(new Date(start.getTime() + 2 * MINUTE));
    expect((await closeTicket(office.backofficeCtx, id)).ok).toBe(true);
    freezeClock(new Date(start.getTime() + 3 * MINUTE));
    const reply = await postTicketMessage(ctx, id, { body: BODY });
    if (!reply.ok) throw new Error("not posted");

    const ticket = await ticketRow(id);
    expect(ticket).toMatchObject({ status: "OPEN", closedAt: null });
    expect(ticket.lastPublicAt.getTime()).toBe(start.getTime() + 3 * MINUTE);
    // REOPENED and the reply share one moment; their order among each other is the reader's business
    expect(ticket.events.slice(0, 3).map((e) => e.type)).toEqual(["CREATED", "REPLIED", "CLOSED"]);
    expect(
      ticket.events
        .slice(3)
        .map((e) => e.type)
        .sort(),
    ).toEqual(["REOPENED", "REPLIED"]);
    expect(ticket.events.slice(3).every((e) => e.actorId === user.id)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "ticket.replied", entityId: id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ messageId: reply.id, reopened: true });

    const notes = (await notificationsOf(office.backoffice.id)).filter((n) => n.link === `/broker/tickets/${id}`);
    expect(notes.map((n) => n.type)).toEqual(["ticket.created", "ticket.replied", "ticket.replied"]);
    expect(notes[2]!.title).toBe(`Neue Nachricht von Kunde ${customer.customerNumber}`);
    const mails = (await mailsTo(office.backoffice.email)).filter((m) => payloadOf(m).text.includes(`/broker/tickets/${id}`));
    expect(mails).toHaveLength(3);
    for (const m of mails) expectNoContent(payloadOf(m).subject, payloadOf(m).text, payloadOf(m).html);
  });

  it("reaches the advisor when the assignee's account was disabled meanwhile", async () => {
    const colleague = await createStaff(office.tenant.id, { role: "backoffice" });
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx, { assigneeId: colleague.id });
    await db.user.update({ where: { id: colleague.id }, data: { status: "DISABLED" } });
    expect((await postTicketMessage(ctx, id, { body: "Hallo?" })).ok).toBe(true);
    expect(
      (await notificationsOf(office.advisor.id)).filter((n) => n.link === `/broker/tickets/${id}`).map((n) => n.type),
    ).toEqual(["ticket.replied"]);
    expect((await notificationsOf(colleague.id)).map((n) => n.type)).toEqual(["ticket.created"]);
  });

  it("staff cannot write into a closed ticket until they reopen it", async () => {
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    expect((await closeTicket(office.advisorCtx, id)).ok).toBe(true);
    expect(await postTicketMessage(office.advisorCtx, id, { body: REPLY })).toEqual({
      ok: false,
      error: "tickets.errors.closed",
    });
    expect(await postTicketMessage(office.advisorCtx, id, { body: NOTE, internal: true })).toEqual({
      ok: false,
      error: "tickets.errors.closed",
    });
    expect((await ticketRow(id)).messages).toHaveLength(1);
    expect((await notificationsOf(user.id)).map((n) => n.type)).toEqual(["ticket.closed"]);

    expect((await reopenTicket(office.advisorCtx, id)).ok).toBe(true);
    expect((await postTicketMessage(office.advisorCtx, id, { body: REPLY })).ok).toBe(true);
  });

  it("refuses a public staff reply while the customer's messages are hidden, but keeps internal notes", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    await db.moduleRelease.update({
      where: { customerId_module: { customerId: customer.id, module: "COMMUNICATION" } },
      data: { level: "HIDDEN" },
    });
    expect(await postTicketMessage(office.advisorCtx, id, { body: REPLY })).toEqual({
      ok: false,
      error: "tickets.errors.communicationHidden",
    });
    expect((await postTicketMessage(office.advisorCtx, id, { body: NOTE, internal: true })).ok).toBe(true);
  });
});

describe("a customer reply never strands a ticket", () => {
  it("moves it to the new advisor when the assignee no longer looks after the customer", async () => {
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    expect((await ticketRow(id)).assigneeId).toBe(office.advisor.id);
    // the customer changes advisor: the old one (own customers only) can no longer open the ticket
    await db.customer.update({ where: { id: customer.id }, data: { advisorId: office.otherAdvisor.id } });
    expect(await getTicketDetail(office.advisorCtx, id)).toBeNull();
    const badgeBefore = await countUnreadTickets(office.otherAdvisorCtx);

    const reply = await postTicketMessage(ctx, id, { body: "Hallo, ist jemand da?" });
    if (!reply.ok) throw new Error("not posted");
    const ticket = await ticketRow(id);
    expect(ticket.assigneeId).toBe(office.otherAdvisor.id);
    const assigned = ticket.events.filter((e) => e.type === "ASSIGNED");
    // done by the system in the reply's transaction, not by the customer
    expect(assigned.map((e) => ({ actorId: e.actorId, data: e.data, at: e.createdAt.getTime() }))).toEqual([
      { actorId: null, data: { fromId: office.advisor.id, toId: office.otherAdvisor.id }, at: ticket.lastActivityAt.getTime() },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.replied", entityId: id } });
    expect(audit).toMatchObject({ actorUserId: user.id });
    expect(audit.data).toMatchObject({ reassigned: { fromId: office.advisor.id, toId: office.otherAdvisor.id } });

    // in the new advisor's "mine" view, unread, counted in their badge and told about it
    const mine = await listTicketInbox(office.otherAdvisorCtx, { assignee: "mine", q: `#${ticket.number}` });
    expect(mine.items.map((t) => [t.id, t.unread])).toEqual([[id, true]]);
    expect(await countUnreadTickets(office.otherAdvisorCtx)).toBe(badgeBefore + 1);
    expect(
      (await notificationsOf(office.otherAdvisor.id)).filter((n) => n.link === `/broker/tickets/${id}`).map((n) => n.type),
    ).toEqual(["ticket.replied"]);
    // the office sees who holds it now; the customer sees no hand-over
    const staffView = await getTicketDetail(office.otherAdvisorCtx, id);
    expect(staffView?.assignee?.id).toBe(office.otherAdvisor.id);
    expect(staffView?.entries.find((e) => e.type === "event" && e.event === "ASSIGNED")).toMatchObject({
      actorName: null,
      to: expect.stringContaining("advisor"),
    });
    const customerView = await getTicketDetail(ctx, id);
    expect(customerView?.entries.some((e) => e.type === "event" && e.event === "ASSIGNED")).toBe(false);

    // a further reply while the assignee can answer moves nothing
    expect((await postTicketMessage(ctx, id, { body: "Danke." })).ok).toBe(true);
    expect((await ticketRow(id)).events.filter((e) => e.type === "ASSIGNED")).toHaveLength(1);
  });

  it("moves it away from a disabled assignee or one whose role lost the right to answer", async () => {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor" });
    const colleague = await createStaff(tenant.id, { role: "backoffice" });
    const { ctx } = await ticketCustomer(tenant.id, advisor.id);

    const disabledCase = await openTicket(ctx, { assigneeId: colleague.id });
    await db.user.update({ where: { id: colleague.id }, data: { status: "DISABLED" } });
    expect((await postTicketMessage(ctx, disabledCase, { body: "Hallo?" })).ok).toBe(true);
    expect((await ticketRow(disabledCase)).assigneeId).toBe(advisor.id);

    await db.user.update({ where: { id: colleague.id }, data: { status: "ACTIVE" } });
    const roleCase = await openTicket(ctx, { assigneeId: colleague.id });
    await db.staffRole.update({
      where: { id: colleague.staffRoleId! },
      data: { rights: { viewCustomers: true, listDocuments: true, viewDocuments: true } },
    });
    expect((await postTicketMessage(ctx, roleCase, { body: "Hallo?" })).ok).toBe(true);
    const ticket = await ticketRow(roleCase);
    expect(ticket.assigneeId).toBe(advisor.id);
    expect(ticket.events.find((e) => e.type === "ASSIGNED")).toMatchObject({
      actorId: null,
      data: { fromId: colleague.id, toId: advisor.id },
    });
    expect(
      (await listTicketInbox(await contextFor(advisor.id), { assignee: "mine", status: "OPEN" })).items.map((t) => t.id).sort(),
    ).toEqual([disabledCase, roleCase].sort());
  });
});
