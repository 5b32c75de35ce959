// Read marks (what the viewer has seen) and the upload target a request's files go to.
// Shared set-up: tests/setup/ticket-*.ts.
import { describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { countUnreadTickets } from "@/lib/data/tickets/count-unread-tickets";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listTicketInbox } from "@/lib/data/tickets/list-ticket-inbox";
import { markTicketRead } from "@/lib/data/tickets/mark-ticket-read";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { ticketUploadTarget } from "@/lib/data/tickets/ticket-upload-target";
import { db } from "@/lib/db/client";
import { TICKET_MESSAGES_PER_HOUR, TICKETS_PER_DAY } from "@/lib/validation/ticket";
import { MINUTE, REPLY, SUBJECT } from "../setup/ticket-texts";
import { openTicket, ticketCustomer, ticketOfficeSuite, ticketRow } from "../setup/ticket-write-fixtures";

const office = ticketOfficeSuite();

describe("read marks and upload targets", () => {
  it("markTicketRead moves the viewer's read mark for a visible ticket only and writes no audit", async () => {
    const start = new Date("2026-03-07T09:00:00Z");
    freezeClock(start);
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    freezeClock(new Date(start.getTime() + MINUTE));
    await markTicketRead(office.backofficeCtx, id);
    freezeClock(new Date(start.getTime() + 2 * MINUTE));
    await markTicketRead(office.backofficeCtx, id);
    await markTicketRead(ctx, id);
    // an advisor who may not see the customer gets no row; a malformed id is ignored
    await markTicketRead(office.otherAdvisorCtx, id);
    await markTicketRead(office.otherAdvisorCtx, "not-a-uuid");

    const reads = (await ticketRow(id)).reads;
    expect(Object.fromEntries(reads.map((r) => [r.userId, r.lastReadAt.getTime()]))).toEqual({
      [ctx.actor.id]: start.getTime() + 2 * MINUTE,
      [office.backoffice.id]: start.getTime() + 2 * MINUTE,
    });
    expect(await db.auditLog.count({ where: { entityId: id, action: { not: "ticket.created" } } })).toBe(0);
  });

  it("ticketUploadTarget names the customer whose folder the files go into", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const target = { ok: true, tenantId: office.tenant.id, customerId: customer.id };
    expect(await ticketUploadTarget(ctx, { ticketId: null })).toEqual(target);
    expect(await ticketUploadTarget(office.ownerCtx, { ticketId: null, customerId: customer.id })).toEqual(target);
    const id = await openTicket(ctx);
    expect(await ticketUploadTarget(office.advisorCtx, { ticketId: id })).toEqual(target);
    expect(await ticketUploadTarget(ctx, { ticketId: id })).toEqual(target);
  });

  it("ticketUploadTarget refuses someone already at a rate limit before any file is streamed", async () => {
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const staffTicket = await openTicket(office.advisorCtx, { customerId: customer.id });
    // as if opened by the customer within the last 24 hours
    const seq = await db.tenant.update({
      where: { id: office.tenant.id },
      data: { ticketSeq: { increment: TICKETS_PER_DAY } },
      select: { ticketSeq: true },
    });
    await db.ticket.createMany({
      data: Array.from({ length: TICKETS_PER_DAY }, (_, i) => ({
        tenantId: office.tenant.id,
        customerId: customer.id,
        number: seq.ticketSeq - i,
        subject: SUBJECT,
        createdById: user.id,
      })),
    });
    expect(await ticketUploadTarget(ctx, { ticketId: null })).toEqual({
      ok: false,
      error: { key: "tickets.errors.dailyLimit", values: { max: TICKETS_PER_DAY } },
    });
    // a reply is no new ticket, and the office's own tickets never count
    expect(await ticketUploadTarget(ctx, { ticketId: staffTicket })).toMatchObject({ ok: true });
    expect(await ticketUploadTarget(office.ownerCtx, { ticketId: null, customerId: customer.id })).toMatchObject({ ok: true });

    const writer = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(writer.ctx);
    await db.ticketMessage.createMany({
      data: Array.from({ length: TICKET_MESSAGES_PER_HOUR - 1 }, () => ({
        tenantId: office.tenant.id,
        ticketId: id,
        authorId: writer.user.id,
        body: "…",
      })),
    });
    for (const target of [{ ticketId: id }, { ticketId: null }]) {
      expect(await ticketUploadTarget(writer.ctx, target)).toEqual({ ok: false, error: "tickets.errors.hourlyLimit" });
    }
  });
});

describe("read marks follow what the page showed", () => {
  it("a message saved between reading the ticket and marking it read stays unread, for both sides", async () => {
    const start = new Date("2026-03-09T09:00:00Z");
    freezeClock(start);
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    freezeClock(new Date(start.getTime() + MINUTE));
    expect((await postTicketMessage(office.advisorCtx, id, { body: REPLY })).ok).toBe(true);

    // the customer's page reads the ticket, then the office answers again, then the page marks it read
    freezeClock(new Date(start.getTime() + 2 * MINUTE));
    const customerView = await getTicketDetail(ctx, id);
    expect(customerView?.seenUpTo.getTime()).toBe(start.getTime() + MINUTE);
    freezeClock(new Date(start.getTime() + 3 * MINUTE));
    expect((await postTicketMessage(office.advisorCtx, id, { body: "Noch ein Nachtrag." })).ok).toBe(true);
    freezeClock(new Date(start.getTime() + 4 * MINUTE));
    await markTicketRead(ctx, id, customerView!.seenUpTo);
    expect(await countUnreadTickets(ctx)).toBe(1);

    // the same for the office: a customer reply after the page was read
    const staffView = await getTicketDetail(office.advisorCtx, id);
    expect(staffView?.seenUpTo.getTime()).toBe(start.getTime() + 3 * MINUTE);
    freezeClock(new Date(start.getTime() + 5 * MINUTE));
    expect((await postTicketMessage(ctx, id, { body: "Danke!" })).ok).toBe(true);
    freezeClock(new Date(start.getTime() + 6 * MINUTE));
    await markTicketRead(office.advisorCtx, id, staffView!.seenUpTo);
    const reads = Object.fromEntries((await ticketRow(id)).reads.map((r) => [r.userId, r.lastReadAt.getTime()]));
    // the advisor's own reply at +3 had already marked it read up to then; the customer's reply at +5 is new
    expect(reads[office.advisor.id]).toBe(start.getTime() + 3 * MINUTE);
    const item = (await listTicketInbox(office.advisorCtx, { q: `#${(await ticketRow(id)).number}` })).items[0];
    expect(item).toMatchObject({ id, unread: true });

    // an older view never moves a read mark back, and a time in the future counts as now
    await markTicketRead(office.advisorCtx, id, start);
    expect((await ticketRow(id)).reads.find((r) => r.userId === office.advisor.id)?.lastReadAt.getTime()).toBe(
      start.getTime() + 3 * MINUTE,
    );
    await markTicketRead(office.advisorCtx, id, new Date(start.getTime() + 60 * MINUTE));
    expect((await ticketRow(id)).reads.find((r) => r.userId === office.advisor.id)?.lastReadAt.getTime()).toBe(
      start.getTime() + 6 * MINUTE,
    );
  });
});
