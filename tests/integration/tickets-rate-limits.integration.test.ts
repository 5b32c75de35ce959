// The daily ticket and hourly message limits, and parallel writes of one customer under them.
// Shared set-up: tests/setup/ticket-*.ts.
import { describe, expect, it } from "vitest";
import { setClockOffset } from "@/lib/clock";
import { createTicket } from "@/lib/data/tickets/create-ticket";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { db } from "@/lib/db/client";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { TICKET_MESSAGES_PER_HOUR, TICKETS_PER_DAY } from "@/lib/validation/ticket";
import { BODY, MINUTE, REPLY, SUBJECT } from "../setup/ticket-texts";
import { openTicket, storedAttachment, ticketCustomer, ticketOfficeSuite } from "../setup/ticket-write-fixtures";

const office = ticketOfficeSuite();

describe("rate limits", () => {
  it(`allows ${TICKETS_PER_DAY} new tickets a day per folder; the office's own do not count`, async () => {
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    for (let i = 0; i < TICKETS_PER_DAY - 1; i++) await openTicket(ctx);
    await openTicket(office.ownerCtx, { customerId: customer.id });
    await openTicket(ctx);
    const refused = await createTicket(ctx, { subject: SUBJECT, body: BODY });
    expect(refused).toEqual({ ok: false, error: { key: "tickets.errors.dailyLimit", values: { max: TICKETS_PER_DAY } } });
    // a rolling window, said as such, with the real number (not "heute … morgen")
    if (refused.ok) throw new Error("not refused");
    const text = translateMessage(translatorFor("de-DE"), refused.error);
    expect(text).toContain(`in den letzten 24 Stunden bereits ${TICKETS_PER_DAY} neue Anfragen`);
    expect(text).not.toMatch(/heute|morgen/);
    expect(translateMessage(translatorFor("en-GB"), refused.error)).toContain(
      `${TICKETS_PER_DAY} new conversations in the last 24 hours`,
    );
    expect(await db.ticket.count({ where: { customerId: customer.id, createdById: user.id } })).toBe(TICKETS_PER_DAY);
    // the office can still open one
    await openTicket(office.ownerCtx, { customerId: customer.id });

    setClockOffset(25 * 60 * MINUTE);
    await openTicket(ctx);
  });

  it(`allows ${TICKET_MESSAGES_PER_HOUR} messages an hour per account`, async () => {
    const { user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    // as if written in the last hour (the first message counts too)
    await db.ticketMessage.createMany({
      data: Array.from({ length: TICKET_MESSAGES_PER_HOUR - 2 }, () => ({
        tenantId: office.tenant.id,
        ticketId: id,
        authorId: user.id,
        body: "…",
      })),
    });
    expect((await postTicketMessage(ctx, id, { body: "Nummer 60" })).ok).toBe(true);
    expect(await postTicketMessage(ctx, id, { body: "Nummer 61" })).toEqual({ ok: false, error: "tickets.errors.hourlyLimit" });
    expect(await createTicket(ctx, { subject: SUBJECT, body: BODY })).toEqual({ ok: false, error: "tickets.errors.hourlyLimit" });
    // someone else on the same ticket is not affected
    expect((await postTicketMessage(office.advisorCtx, id, { body: REPLY })).ok).toBe(true);
    setClockOffset(61 * MINUTE);
    expect((await postTicketMessage(ctx, id, { body: "Später" })).ok).toBe(true);
  });
});

describe("parallel writes of one customer", () => {
  it("a reply with a file and a new ticket at the same moment never deadlock", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    // opened by the office, so the customer's daily allowance is left for the rounds below
    const id = await openTicket(office.advisorCtx, { customerId: customer.id });
    const rounds = TICKETS_PER_DAY;
    const files = await Promise.all(
      Array.from({ length: rounds }, (_, i) => storedAttachment(office.tenant.id, customer.id, `Beleg ${i}.pdf`)),
    );
    for (let i = 0; i < rounds; i++) {
      const [reply, created] = await Promise.all([
        postTicketMessage(ctx, id, { body: `Nachtrag ${i}` }, [files[i]!]),
        createTicket(ctx, { subject: `${SUBJECT} ${i}`, body: BODY }),
      ]);
      expect([reply.ok, created.ok]).toEqual([true, true]);
    }
    expect(await db.document.count({ where: { customerId: customer.id, ticketMessage: { ticketId: id } } })).toBe(rounds);
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(rounds + 1);
  });
});
