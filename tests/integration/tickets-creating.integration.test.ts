// Opening a ticket, by a customer or by the office for a customer: numbering, assignee, first
// message, notices without content, attachments. Shared set-up: tests/setup/ticket-*.ts.
import { describe, expect, it } from "vitest";
import { createTicket } from "@/lib/data/tickets/create-ticket";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { db } from "@/lib/db/client";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { TICKET_ATTACHMENTS_MAX } from "@/lib/validation/ticket";
import { createStaff, createTenant } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { expectNoContent, mailsTo, notificationsOf, payloadOf } from "../setup/ticket-outbox";
import { BODY, NOTE, REPLY, SUBJECT } from "../setup/ticket-texts";
import { openTicket, storedAttachment, ticketCustomer, ticketOfficeSuite, ticketRow } from "../setup/ticket-write-fixtures";

const office = ticketOfficeSuite();

describe("a customer opens a ticket", () => {
  it("numbers it per tenant and stores ticket, first message, CREATED event, read mark and audit without text", async () => {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor" });
    const { customer, user, ctx } = await ticketCustomer(tenant.id, advisor.id);

    const first = await openTicket(ctx, { subject: "  Kündigung\tHausrat  ", kind: "CHANGE_REQUEST" });
    const second = await openTicket(ctx);
    const ticket = await ticketRow(first);
    expect(ticket).toMatchObject({
      tenantId: tenant.id,
      customerId: customer.id,
      number: 1,
      subject: "Kündigung Hausrat",
      kind: "CHANGE_REQUEST",
      status: "OPEN",
      assigneeId: advisor.id,
      createdById: user.id,
      closedAt: null,
    });
    expect((await ticketRow(second)).number).toBe(2);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).ticketSeq).toBe(2);
    expect(ticket.messages.map((m) => ({ body: m.body, isInternal: m.isInternal, authorId: m.authorId }))).toEqual([
      { body: BODY, isInternal: false, authorId: user.id },
    ]);
    expect(ticket.events.map((e) => ({ type: e.type, actorId: e.actorId, data: e.data }))).toEqual([
      { type: "CREATED", actorId: user.id, data: { assigneeId: advisor.id } },
    ]);
    expect(ticket.reads.map((r) => r.userId)).toEqual([user.id]);
    expect(ticket.reads[0]!.lastReadAt.getTime()).toBeGreaterThanOrEqual(ticket.lastPublicAt.getTime());

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.created", entityId: first } });
    expect(audit).toMatchObject({ actorUserId: user.id, actorKind: "customer", customerId: customer.id, entityType: "Ticket" });
    expect(audit.data).toMatchObject({ kind: "CHANGE_REQUEST", assigneeId: advisor.id, attachments: 0 });
    expectNoContent(JSON.stringify(audit.data));
    expect(JSON.stringify(audit.data)).not.toContain("Hausrat");
  });

  it("tells the assignee in-app and by e-mail with a deep link, but never subject or text", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);

    const notes = (await notificationsOf(office.advisor.id)).filter((n) => n.link === `/broker/tickets/${id}`);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      tenantId: office.tenant.id,
      type: "ticket.created",
      title: `Neue Anfrage von Kunde ${customer.customerNumber}`,
      readAt: null,
    });
    const mails = (await mailsTo(office.advisor.email)).filter((m) => payloadOf(m).text.includes(`/broker/tickets/${id}`));
    expect(mails).toHaveLength(1);
    const mail = payloadOf(mails[0]!);
    expect(mails[0]!.tenantId).toBe(office.tenant.id);
    expect(mail.subject).toContain(`Neue Anfrage von Kunde ${customer.customerNumber}`);
    expect(mail.text).toMatch(new RegExp(`https?://${office.tenant.slug}\\.[^\\s]*/broker/tickets/${id}`));
    expect(mail.html).toContain(`/broker/tickets/${id}`);
    expectNoContent(mail.subject, mail.text, mail.html, notes[0]!.title);
    // nobody else in the office and not the customer
    expect((await notificationsOf(office.owner.id)).some((n) => n.link?.includes(id))).toBe(false);
    expect(await db.notification.count({ where: { user: { customerId: customer.id } } })).toBe(0);
  });

  it("goes to the chosen colleague, or to the first addressable one when the customer has no advisor", async () => {
    const chosen = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(chosen.ctx, { assigneeId: office.backoffice.id });
    expect((await ticketRow(id)).assigneeId).toBe(office.backoffice.id);
    expect((await notificationsOf(office.backoffice.id)).some((n) => n.link === `/broker/tickets/${id}`)).toBe(true);
    expect((await notificationsOf(office.advisor.id)).some((n) => n.link === `/broker/tickets/${id}`)).toBe(false);

    // no advisor: advisors see only their own customers, so the first of owner/back office (by name)
    const orphan = await ticketCustomer(office.tenant.id, null);
    const orphanTicket = await ticketRow(await openTicket(orphan.ctx));
    expect(orphanTicket.assigneeId).toBe(office.backoffice.id);
  });

  it("skips a disabled advisor and answers noRecipient when nobody may see the customer", async () => {
    const tenant = await createTenant();
    const advisor = await createStaff(tenant.id, { role: "advisor", status: "DISABLED" });
    const other = await createStaff(tenant.id, { role: "advisor" });
    const { customer, ctx } = await ticketCustomer(tenant.id, advisor.id);
    expect(await createTicket(ctx, { subject: SUBJECT, body: BODY })).toEqual({ ok: false, error: "tickets.errors.noRecipient" });
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(0);

    const owner = await createStaff(tenant.id, { role: "owner" });
    const id = await openTicket(ctx);
    expect((await ticketRow(id)).assigneeId).toBe(owner.id);
    expect((await ticketRow(id)).assigneeId).not.toBe(other.id);
  });

  it("answers with field errors for bad input and stores nothing", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const result = await createTicket(ctx, { subject: "ab", body: "   ", kind: "SPAM" as never });
    expect(result).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: {
        subject: "tickets.validation.subjectTooShort",
        body: "tickets.validation.bodyRequired",
        kind: "tickets.validation.kindInvalid",
      },
    });
    expect(await createTicket(ctx, { subject: SUBJECT, body: "x".repeat(5001) })).toMatchObject({
      fieldErrors: { body: "tickets.validation.bodyTooLong" },
    });
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(0);
  });
});

describe("staff open a ticket on a customer's behalf", () => {
  it("assigns it to themselves by default and tells the customer with the office's signature", async () => {
    const { customer, user } = await ticketCustomer(office.tenant.id, office.advisor.id, { COMMUNICATION: "READ" });
    const id = await openTicket(office.ownerCtx, { customerId: customer.id, body: REPLY });
    const ticket = await ticketRow(id);
    expect(ticket).toMatchObject({ customerId: customer.id, assigneeId: office.owner.id, createdById: office.owner.id });
    expect(ticket.events[0]).toMatchObject({ type: "CREATED", actorId: office.owner.id, data: { assigneeId: office.owner.id } });
    expect(ticket.reads.map((r) => r.userId)).toEqual([office.owner.id]);
    expect(await db.auditLog.count({ where: { action: "ticket.created", entityId: id, actorKind: "staff" } })).toBe(1);

    const notes = await notificationsOf(user.id);
    expect(notes.map((n) => ({ type: n.type, title: n.title, link: n.link }))).toEqual([
      { type: "ticket.opened", title: "Neue Nachricht von Ihrem Makler", link: `/portal/messages/${id}` },
    ]);
    const [mail] = await mailsTo(user.email);
    const payload = payloadOf(mail!);
    expect(payload.text).toContain(`/portal/messages/${id}`);
    expect(payload.text).toContain("Beste Grüße\nIhr Team & Co\nTel. 040 123");
    expectNoContent(payload.subject, payload.text, payload.html);
    // nobody on the staff side hears about their own ticket
    expect((await notificationsOf(office.owner.id)).some((n) => n.link?.includes(id))).toBe(false);
  });

  it("tells the colleague it was opened for, and requires a customer whose messages are released", async () => {
    const { customer } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(office.ownerCtx, { customerId: customer.id, assigneeId: office.advisor.id });
    expect((await ticketRow(id)).assigneeId).toBe(office.advisor.id);
    const notes = (await notificationsOf(office.advisor.id)).filter((n) => n.link === `/broker/tickets/${id}`);
    expect(notes.map((n) => n.type)).toEqual(["ticket.forwarded"]);
    // opened for them, not forwarded by anyone
    expect(notes[0]!.title).toBe(`Vorgang #${(await ticketRow(id)).number} wurde Ihnen zugewiesen`);

    expect(await createTicket(office.ownerCtx, { subject: SUBJECT, body: BODY })).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: { customerId: "tickets.validation.customerInvalid" },
    });
    const hidden = await portalCustomer(office.tenant.id, { PROFILE: "READ" }, { advisorId: office.advisor.id });
    expect(await createTicket(office.ownerCtx, { subject: SUBJECT, body: BODY, customerId: hidden.customer.id })).toEqual({
      ok: false,
      error: "tickets.errors.communicationHidden",
    });
    expect(await db.ticket.count({ where: { customerId: hidden.customer.id } })).toBe(0);
  });
});

describe("attachments", () => {
  it("become correspondence documents of the message, visible to the customer and already read by them", async () => {
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const files = [
      await storedAttachment(office.tenant.id, customer.id, "Kündigung.pdf"),
      await storedAttachment(office.tenant.id, customer.id, "Zählerstand.pdf"),
    ];
    const id = await openTicket(ctx, {}, files);
    const ticket = await ticketRow(id);
    const docs = ticket.messages[0]!.attachments.sort((a, b) => a.title.localeCompare(b.title));
    expect(docs.map((d) => ({ ...d }))).toEqual([
      expect.objectContaining({
        tenantId: office.tenant.id,
        customerId: customer.id,
        ticketMessageId: ticket.messages[0]!.id,
        category: "CORRESPONDENCE",
        title: "Kündigung",
        fileName: "Kündigung.pdf",
        storageKey: files[0]!.storageKey,
        sha256: files[0]!.sha256,
        origin: "CUSTOMER",
        isVisibleToCustomer: true,
        uploadedById: user.id,
        scanState: "SKIPPED",
      }),
      expect.objectContaining({ title: "Zählerstand", storageKey: files[1]!.storageKey }),
    ]);
    expect(await db.documentRead.count({ where: { userId: user.id, documentId: { in: docs.map((d) => d.id) } } })).toBe(2);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.created", entityId: id } });
    expect(audit.data).toMatchObject({ attachments: 2 });
  });

  it("of an internal note stay hidden from the customer; staff files are broker documents", async () => {
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    const note = await postTicketMessage(office.advisorCtx, id, { body: NOTE, internal: true }, [
      await storedAttachment(office.tenant.id, customer.id, "Intern.pdf"),
    ]);
    const reply = await postTicketMessage(office.advisorCtx, id, { body: REPLY }, [
      await storedAttachment(office.tenant.id, customer.id, "Bestätigung.pdf"),
    ]);
    if (!note.ok || !reply.ok) throw new Error("not posted");
    const docs = await db.document.findMany({ where: { ticketMessageId: { in: [note.id, reply.id] } } });
    const byMessage = Object.fromEntries(docs.map((d) => [d.ticketMessageId, d]));
    expect(byMessage[note.id]).toMatchObject({ isVisibleToCustomer: false, origin: "BROKER", uploadedById: office.advisor.id });
    expect(byMessage[reply.id]).toMatchObject({ isVisibleToCustomer: true, origin: "BROKER" });
    expect(await db.documentRead.count({ where: { userId: user.id, documentId: { in: docs.map((d) => d.id) } } })).toBe(0);
  });

  it("refuses more than five files and any object outside the customer's folder, storing nothing", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const other = await ticketCustomer(office.tenant.id, office.advisor.id);
    const six = await Promise.all(Array.from({ length: 6 }, () => storedAttachment(office.tenant.id, customer.id)));
    const tooMany = {
      ok: false,
      error: { key: "tickets.errors.tooManyAttachments", values: { max: TICKET_ATTACHMENTS_MAX } } satisfies Msg,
    };
    expect(await createTicket(ctx, { subject: SUBJECT, body: BODY }, six)).toEqual(tooMany);
    const id = await openTicket(ctx);
    expect(await postTicketMessage(ctx, id, { body: REPLY }, six)).toEqual(tooMany);
    expect(translateMessage(translatorFor("de-DE"), tooMany.error)).toBe(
      `Bitte hängen Sie höchstens ${TICKET_ATTACHMENTS_MAX} Dateien an eine Nachricht an.`,
    );
    const foreign = await storedAttachment(office.tenant.id, other.customer.id);
    await expect(createTicket(ctx, { subject: SUBJECT, body: BODY }, [foreign])).rejects.toThrow(/outside/);
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await db.document.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.document.count({ where: { storageKey: foreign.storageKey } })).toBe(0);
  });
});
