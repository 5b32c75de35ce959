// Who sees which conversation and what of it: customers (own folder, releases, the public part only,
// order and pages), staff (tenant boundary, own customers only, rights, audit of every read), and
// whom a customer may address. Set-up: tests/setup/ticket-read-fixtures.ts and ticket-read-rows.ts.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TicketTimeline } from "@/components/tickets/ticket-timeline";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { countUnreadTickets } from "@/lib/data/tickets/count-unread-tickets";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listCustomerTickets } from "@/lib/data/tickets/list-customer-tickets";
import { listTicketInbox } from "@/lib/data/tickets/list-ticket-inbox";
import { listTicketRecipients } from "@/lib/data/tickets/list-ticket-recipients";
import type { TicketTimelineEntry } from "@/lib/data/tickets/types";
import { db } from "@/lib/db/client";
import type { TicketEventType } from "@/lib/db/generated/client";
import { GERMAN } from "@/lib/i18n/messages/catalog";
import { createCustomer, createStaff, createTenant } from "../setup/factories";
import { shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";
import {
  advisor,
  advisorCtx,
  backoffice,
  customerWith,
  owner,
  ownerCtx,
  tenant,
  ticketReadSuite,
} from "../setup/ticket-read-fixtures";
import { at, ids, storedAttachment, storedEvent, storedMessage, storedRead, storedTicket } from "../setup/ticket-read-rows";

ticketReadSuite();

describe("what a customer sees", () => {
  it("lists and opens only the own tickets, never another customer's", async () => {
    const me = await customerWith({ COMMUNICATION: "WRITE" });
    const other = await customerWith({ COMMUNICATION: "WRITE" });
    const mine = await storedTicket(me.customer.id, { minute: 1 });
    const theirs = await storedTicket(other.customer.id, { minute: 2 });

    expect(ids(await listCustomerTickets(me.ctx))).toEqual([mine.id]);
    expect(await getTicketDetail(me.ctx, theirs.id)).toBeNull();
    expect(await getTicketDetail(me.ctx, "not-a-uuid")).toBeNull();
    expect((await getTicketDetail(me.ctx, mine.id))?.id).toBe(mine.id);
    // the other customer's ticket is unread for its owner, not a badge for me
    expect(await countUnreadTickets(me.ctx)).toBe(1);
    await expect(listTicketInbox(me.ctx)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("shows the public conversation: no internal notes, forwards, assignments or hidden attachments", async () => {
    const me = await customerWith({ COMMUNICATION: "WRITE", PROFILE: "READ" });
    const ticket = await storedTicket(me.customer.id, { createdById: me.user.id, status: "CLOSED", closedAt: at(12) });
    // rows of one transaction share their time; whatever order they were written in, the opening
    // and a forward lead their message, "replied" follows it
    const question = await storedMessage(ticket, me.user.id, 0, "Bitte um Rückruf wegen der Hausratversicherung.");
    await storedEvent(ticket, "CREATED", me.user.id, 0);
    const note = await storedMessage(ticket, advisor.id, 5, "Kunde ist schwierig, bitte übernehmen.", true);
    await storedEvent(ticket, "FORWARDED", advisor.id, 5, { fromId: advisor.id, toId: backoffice.id });
    await storedAttachment(ticket, note.id, "Interne Notiz Anlage", { isVisibleToCustomer: false });
    await storedEvent(ticket, "ASSIGNED", backoffice.id, 6, { assigneeId: backoffice.id });
    await storedEvent(ticket, "REPLIED", backoffice.id, 10);
    const answer = await storedMessage(ticket, backoffice.id, 10, "Wir rufen Sie morgen an.");
    const offer = await storedAttachment(ticket, answer.id, "Angebot");
    // the office hid one file of a public reply, another was deleted
    await storedAttachment(ticket, answer.id, "Kalkulation", { isVisibleToCustomer: false });
    await storedAttachment(ticket, answer.id, "Entwurf", { deletedAt: at(11) });
    await storedEvent(ticket, "CLOSED", backoffice.id, 12);

    const detail = await getTicketDetail(me.ctx, ticket.id);
    expect(detail?.entries.map((e) => (e.type === "event" ? e.event : e.id))).toEqual([
      "CREATED",
      question.id,
      answer.id,
      "CLOSED",
    ]);
    const [, mineEntry, replyEntry, closed] = detail!.entries;
    expect(mineEntry).toMatchObject({ author: { isStaff: false, isMe: true }, internal: false });
    expect(replyEntry).toMatchObject({ author: { name: "Bea Innendienst", isStaff: true, isMe: false } });
    expect(replyEntry?.type === "message" && replyEntry.attachments.map((a) => a.id)).toEqual([offer.id]);
    expect(closed).toMatchObject({ actorName: "Bea Innendienst", from: null, to: null });
    expect(JSON.stringify(detail)).not.toContain("schwierig");
    expect(detail?.can).toEqual({ reply: true, attach: true, internalNote: false, forward: false, close: false, reopen: false });
    expect(await db.auditLog.count({ where: { action: "ticket.viewed", entityId: ticket.id } })).toBe(0);

    // the office sees everything, with who forwarded to whom
    const staffView = await getTicketDetail(await contextFor(backoffice.id), ticket.id);
    expect(staffView?.entries.map((e) => (e.type === "event" ? e.event : e.id))).toEqual([
      "CREATED",
      question.id,
      "FORWARDED",
      note.id,
      "ASSIGNED",
      answer.id,
      "REPLIED",
      "CLOSED",
    ]);
    const entry = (event: TicketEventType) => staffView!.entries.find((e) => e.type === "event" && e.event === event);
    expect(entry("FORWARDED")).toMatchObject({ actorName: "Anton Berater", from: "Anton Berater", to: "Bea Innendienst" });
    expect(entry("ASSIGNED")).toMatchObject({ from: null, to: "Bea Innendienst" });
    const noteEntry = staffView!.entries.find((e) => e.id === note.id);
    expect(noteEntry).toMatchObject({ internal: true, author: { name: "Anton Berater", isStaff: true, isMe: false } });
    expect(noteEntry?.type === "message" && noteEntry.attachments.map((a) => a.title)).toEqual(["Interne Notiz Anlage"]);
    const replyForStaff = staffView!.entries.find((e) => e.id === answer.id);
    expect(replyForStaff?.type === "message" && replyForStaff.attachments.map((a) => a.title)).toEqual([
      "Angebot",
      "Kalkulation",
    ]);
    expect(staffView?.entries.find((e) => e.id === answer.id)).toMatchObject({ author: { isMe: true } });
    expect(staffView?.can).toEqual({
      reply: false,
      attach: false,
      internalNote: false,
      forward: false,
      close: false,
      reopen: true,
    });
  });

  it("shows nothing of the conversations while viewing a household member's folder", async () => {
    const viewer = await customerWith({ COMMUNICATION: "WRITE" });
    const member = await customerWith({ COMMUNICATION: "WRITE" });
    await shareFolder(tenant.id, { grantorId: member.customer.id, granteeId: viewer.customer.id });
    const own = await storedTicket(viewer.customer.id, { minute: 1 });
    const theirs = await storedTicket(member.customer.id, { minute: 2 });
    const inMemberFolder = await contextFor(viewer.user.id, undefined, { folderCustomerId: member.customer.id });
    expect(inMemberFolder.actor).toMatchObject({ customerId: member.customer.id, folderReadOnly: true });

    expect(ids(await listCustomerTickets(inMemberFolder))).toEqual([]);
    expect(await getTicketDetail(inMemberFolder, own.id)).toBeNull();
    expect(await getTicketDetail(inMemberFolder, theirs.id)).toBeNull();
    expect(await countUnreadTickets(inMemberFolder)).toBe(0);
    expect(await listTicketRecipients(inMemberFolder)).toEqual([]);
    // back in the own folder the own ticket is there
    expect(ids(await listCustomerTickets(viewer.ctx))).toEqual([own.id]);
    expect(await countUnreadTickets(viewer.ctx)).toBe(1);
  });

  it("shows nothing while COMMUNICATION is hidden and only reads with READ", async () => {
    const hidden = await customerWith({ PROFILE: "WRITE" });
    const hiddenTicket = await storedTicket(hidden.customer.id);
    expect(ids(await listCustomerTickets(hidden.ctx))).toEqual([]);
    expect(await getTicketDetail(hidden.ctx, hiddenTicket.id)).toBeNull();
    expect(await countUnreadTickets(hidden.ctx)).toBe(0);
    expect(await listTicketRecipients(hidden.ctx)).toEqual([]);

    const reader = await customerWith({ COMMUNICATION: "READ" });
    const readTicket = await storedTicket(reader.customer.id);
    expect(ids(await listCustomerTickets(reader.ctx))).toEqual([readTicket.id]);
    expect((await getTicketDetail(reader.ctx, readTicket.id))?.can).toMatchObject({ reply: false, attach: false });
    expect(await listTicketRecipients(reader.ctx)).toEqual([]);
  });

  it("offers nobody an answer while the customer record is restricted (GDPR), the conversation stays readable", async () => {
    const restricted = await customerWith({ COMMUNICATION: "WRITE" }, { restrictedAt: at(0) });
    const open = await storedTicket(restricted.customer.id);
    const closed = await storedTicket(restricted.customer.id, { status: "CLOSED", closedAt: at(1) });
    expect((await getTicketDetail(restricted.ctx, open.id))?.can.reply).toBe(false);
    expect(await listTicketRecipients(restricted.ctx)).toEqual([]);
    const none = { reply: false, attach: false, internalNote: false, forward: false, close: false, reopen: false };
    expect((await getTicketDetail(ownerCtx, open.id))?.can).toEqual(none);
    expect((await getTicketDetail(ownerCtx, closed.id))?.can).toEqual(none);
  });

  it("orders by visible activity, filters by status, pages and marks unread by public activity", async () => {
    const me = await customerWith({ COMMUNICATION: "WRITE" });
    const old = await storedTicket(me.customer.id, { minute: 1 });
    // an internal note made this one the office's latest, but not the customer's
    const noted = await storedTicket(me.customer.id, { minute: 2, lastActivityAt: at(50) });
    const closed = await storedTicket(me.customer.id, { minute: 3, status: "CLOSED", closedAt: at(3) });
    const recent = await storedTicket(me.customer.id, { minute: 4, assigneeId: null });
    await storedRead(noted, me.user.id, 2);
    await storedRead(old, me.user.id, 0);

    const all = await listCustomerTickets(me.ctx);
    expect(ids(all)).toEqual([recent.id, closed.id, noted.id, old.id]);
    expect(all.items.map((i) => i.unread)).toEqual([true, true, false, true]);
    expect(all.items[2]).toMatchObject({
      lastActivityAt: at(2),
      customer: null,
      assignee: { id: advisor.id, name: "Anton Berater" },
    });
    expect(all.items[0]?.assignee).toBeNull();
    expect(ids(await listCustomerTickets(me.ctx, { status: "OPEN" }))).toEqual([recent.id, noted.id, old.id]);
    expect(ids(await listCustomerTickets(me.ctx, { status: "CLOSED" }))).toEqual([closed.id]);

    const first = await listCustomerTickets(me.ctx, { take: 3 });
    expect(first.nextCursor).toBe(noted.id);
    const second = await listCustomerTickets(me.ctx, { take: 3, cursor: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null });
    expect(ids(second)).toEqual([old.id]);
    // a damaged address starts at the top instead of failing
    expect(ids(await listCustomerTickets(me.ctx, { cursor: "kaputt", take: 3 }))).toEqual(ids(first));
  });
});

describe("what staff see", () => {
  it("shows staff of another tenant nothing", async () => {
    const customer = await createCustomer(tenant.id, { advisorId: advisor.id });
    const otherTenant = await createTenant();
    const stranger = await createStaff(otherTenant.id, { role: "owner" });
    const strangerCtx = await contextFor(stranger.id);
    // even assigned to them (the foreign key does not know tenants) it is not theirs
    const ticket = await storedTicket(customer.id, { assigneeId: stranger.id });

    expect(ids(await listTicketInbox(strangerCtx, { status: "ALL" }))).toEqual([]);
    expect(ids(await listTicketInbox(strangerCtx, { status: "ALL", assignee: "mine" }))).toEqual([]);
    expect(await getTicketDetail(strangerCtx, ticket.id)).toBeNull();
    expect(await countUnreadTickets(strangerCtx)).toBe(0);
    await expect(listTicketRecipients(strangerCtx, customer.id)).rejects.toBeInstanceOf(AccessDeniedError);
    // a ticket of another tenant is no position in this list: the owner's inbox starts at the top
    // (three own tickets, so the first page is full whatever ran before)
    for (const minute of [1, 2, 3]) await storedTicket(customer.id, { minute });
    const foreignCustomer = await createCustomer(otherTenant.id);
    const foreign = await storedTicket(foreignCustomer.id, { tenantId: otherTenant.id, minute: -1000, assigneeId: stranger.id });
    const top = await listTicketInbox(ownerCtx, { status: "ALL", take: 3 });
    expect(top.items).toHaveLength(3);
    expect(await listTicketInbox(ownerCtx, { status: "ALL", take: 3, cursor: foreign.id })).toEqual(top);
  });

  it("limits an advisor who works only their own customers to those customers' tickets", async () => {
    const mine = await createCustomer(tenant.id, { advisorId: advisor.id });
    const colleagues = await createCustomer(tenant.id, { advisorId: backoffice.id });
    const visible = await storedTicket(mine.id, { assigneeId: advisor.id });
    // forwarded to the advisor by mistake: still not theirs to read
    const hidden = await storedTicket(colleagues.id, { assigneeId: advisor.id });

    const inbox = await listTicketInbox(advisorCtx, { status: "ALL", take: 100 });
    expect(ids(inbox)).toContain(visible.id);
    expect(ids(inbox)).not.toContain(hidden.id);
    expect(await getTicketDetail(advisorCtx, hidden.id)).toBeNull();
    expect(await getTicketDetail(advisorCtx, visible.id)).not.toBeNull();
    const unread = await countUnreadTickets(advisorCtx);
    await storedRead(visible, advisor.id, 1);
    expect(await countUnreadTickets(advisorCtx)).toBe(unread - 1);
    await storedRead(hidden, advisor.id, 1);
    expect(await countUnreadTickets(advisorCtx)).toBe(unread - 1);

    expect((await listTicketRecipients(advisorCtx, mine.id)).map((r) => r.id)).toContain(advisor.id);
    await expect(listTicketRecipients(advisorCtx, colleagues.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listTicketRecipients(advisorCtx, "not-a-uuid")).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listTicketRecipients(advisorCtx)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("counts nothing for staff without the right to see customers", async () => {
    const office = await createTenant();
    const blind = await createStaff(office.id, { role: "partner" });
    await db.staffRole.update({
      where: { id: blind.staffRoleId! },
      data: { rights: { ...(blind.staffRole!.rights as object), viewCustomers: false }, onlyOwnCustomers: false },
    });
    const customer = await createCustomer(office.id, { advisorId: blind.id });
    const ticket = await storedTicket(customer.id, { tenantId: office.id, assigneeId: blind.id });
    const ctx = await contextFor(blind.id);
    expect(await countUnreadTickets(ctx)).toBe(0);
    expect(ids(await listTicketInbox(ctx, { status: "ALL", assignee: "mine" }))).toEqual([]);
    expect(await getTicketDetail(ctx, ticket.id)).toBeNull();
  });

  it("audits every staff read of a conversation as an access to the customer's data", async () => {
    const customer = await createCustomer(tenant.id, { advisorId: advisor.id });
    const ticket = await storedTicket(customer.id);
    await storedMessage(ticket, advisor.id, 1, "Vertraulicher Inhalt");
    await getTicketDetail(advisorCtx, ticket.id);
    const audit = await db.auditLog.findMany({ where: { action: "ticket.viewed", entityId: ticket.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      tenantId: tenant.id,
      actorUserId: advisor.id,
      actorKind: "staff",
      entityType: "Ticket",
      customerId: customer.id,
    });
    expect(JSON.stringify(audit[0]!.data)).not.toContain("Vertraulich");
  });

  it("offers reply, note, forward and close on an open ticket", async () => {
    const customer = await createCustomer(tenant.id, { advisorId: advisor.id });
    const ticket = await storedTicket(customer.id);
    expect((await getTicketDetail(advisorCtx, ticket.id))?.can).toEqual({
      reply: true,
      attach: true,
      internalNote: true,
      forward: true,
      close: true,
      reopen: false,
    });
  });
});

describe("how the timeline words events", () => {
  const event = (e: TicketEventType, to: string | null): TicketTimelineEntry => ({
    type: "event",
    id: `${e}-${to}`,
    at: at(0),
    event: e,
    actorName: "Anton Berater",
    from: null,
    to,
  });
  const render = (entries: TicketTimelineEntry[], viewer: "customer" | "staff") =>
    renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        { locale: "de-DE", messages: GERMAN, timeZone: "Europe/Berlin" } as ComponentProps<typeof NextIntlClientProvider>,
        createElement(TicketTimeline, { entries, viewer }),
      ),
    );

  it("names an unknown colleague in the case each verb needs, and says abgeschlossen to customers", () => {
    const staff = render([event("ASSIGNED", null), event("FORWARDED", null), event("CLOSED", null)], "staff");
    expect(staff).toContain("Anton Berater hat den Vorgang jemandem zugewiesen");
    expect(staff).toContain("Anton Berater hat den Vorgang an jemanden weitergeleitet");
    expect(staff).toContain("Anton Berater hat den Vorgang geschlossen");
    expect(render([event("CLOSED", null)], "customer")).toContain("Anton Berater hat den Vorgang abgeschlossen");
  });
});

describe("recipients", () => {
  it("offers a writing customer the staff who may see them, own advisor first", async () => {
    const me = await customerWith({ COMMUNICATION: "WRITE" });
    const recipients = await listTicketRecipients(me.ctx);
    expect(recipients[0]).toEqual({ id: advisor.id, name: "Anton Berater", isAdvisor: true });
    expect(recipients.map((r) => r.id)).toEqual(expect.arrayContaining([owner.id, backoffice.id]));
    expect((await listTicketRecipients(ownerCtx, me.customer.id)).map((r) => r.id)).toEqual(recipients.map((r) => r.id));
  });
});
