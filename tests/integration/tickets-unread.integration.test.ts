// The unread badge counts of customers and staff.
// Set-up: tests/setup/ticket-read-fixtures.ts and ticket-read-rows.ts.
import { describe, expect, it } from "vitest";
import { countUnreadTickets } from "@/lib/data/tickets/count-unread-tickets";
import { listCustomerTickets } from "@/lib/data/tickets/list-customer-tickets";
import { db } from "@/lib/db/client";
import { createCustomer, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { customerWith, ticketReadSuite } from "../setup/ticket-read-fixtures";
import { at, storedRead, storedTicket } from "../setup/ticket-read-rows";

ticketReadSuite();

describe("unread counts", () => {
  it("customer: own tickets with public activity since the last read; internal notes do not count", async () => {
    const me = await customerWith({ COMMUNICATION: "WRITE" });
    const other = await customerWith({ COMMUNICATION: "WRITE" });
    await storedTicket(other.customer.id, { minute: 1 });
    const ticket = await storedTicket(me.customer.id, { minute: 1 });
    expect(await countUnreadTickets(me.ctx)).toBe(1);

    await storedRead(ticket, me.user.id, 2);
    expect(await countUnreadTickets(me.ctx)).toBe(0);
    // an internal note moves only the office's activity time
    await db.ticket.update({ where: { id: ticket.id }, data: { lastActivityAt: at(5) } });
    expect(await countUnreadTickets(me.ctx)).toBe(0);
    expect((await listCustomerTickets(me.ctx)).items[0]?.unread).toBe(false);
    // a public reply makes it unread until the customer opens it again
    await db.ticket.update({ where: { id: ticket.id }, data: { lastActivityAt: at(6), lastPublicAt: at(6) } });
    expect(await countUnreadTickets(me.ctx)).toBe(1);
    await storedRead(ticket, me.user.id, 7);
    expect(await countUnreadTickets(me.ctx)).toBe(0);
  });

  it("staff: open tickets assigned to me with any activity since my last read", async () => {
    const office = await createTenant();
    const me = await createStaff(office.id, { role: "owner" });
    const colleague = await createStaff(office.id, { role: "backoffice" });
    const meCtx = await contextFor(me.id);
    const customer = await createCustomer(office.id);
    const mine = await storedTicket(customer.id, { tenantId: office.id, minute: 1, assigneeId: me.id });
    await storedTicket(customer.id, { tenantId: office.id, minute: 1, assigneeId: colleague.id });
    await storedTicket(customer.id, { tenantId: office.id, minute: 1, assigneeId: me.id, status: "CLOSED" });
    await storedTicket(customer.id, { tenantId: office.id, minute: 1, assigneeId: null });
    expect(await countUnreadTickets(meCtx)).toBe(1);

    await storedRead(mine, me.id, 2);
    expect(await countUnreadTickets(meCtx)).toBe(0);
    // the colleague's internal note is news to me
    await db.ticket.update({ where: { id: mine.id }, data: { lastActivityAt: at(3) } });
    expect(await countUnreadTickets(meCtx)).toBe(1);
    await storedRead(mine, me.id, 3);
    expect(await countUnreadTickets(meCtx)).toBe(0);
  });
});
