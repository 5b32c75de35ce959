import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { closeTicket } from "@/lib/data/tickets/close-ticket";
import { createTicket } from "@/lib/data/tickets/create-ticket";
import { forwardTicket } from "@/lib/data/tickets/forward-ticket";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listTicketRecipients } from "@/lib/data/tickets/list-ticket-recipients";
import { markTicketRead } from "@/lib/data/tickets/mark-ticket-read";
import { postTicketMessage } from "@/lib/data/tickets/post-ticket-message";
import { reopenTicket } from "@/lib/data/tickets/reopen-ticket";
import { ticketUploadTarget } from "@/lib/data/tickets/ticket-upload-target";
import { db } from "@/lib/db/client";
import { createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";
import { BODY, SUBJECT } from "../setup/ticket-texts";
import { openTicket, storedAttachment, ticketCustomer, ticketOfficeSuite, ticketRow } from "../setup/ticket-write-fixtures";

const UNKNOWN = "0190aaaa-0000-7000-8000-000000000000";

const office = ticketOfficeSuite();
/** Another broker office with its own owner (the tenant boundary). */
let foreign: { tenantId: string; owner: { id: string }; ownerCtx: RequestContext };

beforeAll(async () => {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  foreign = { tenantId: tenant.id, owner, ownerCtx: await contextFor(owner.id) };
});

const denied = (promise: Promise<unknown>) => expect(promise).rejects.toBeInstanceOf(AccessDeniedError);

/** What a write may have left behind: messages, events, reads of others, status and assignee. */
async function snapshot(ticketId: string) {
  const t = await ticketRow(ticketId);
  return {
    status: t.status,
    assigneeId: t.assigneeId,
    messages: t.messages.length,
    events: t.events.length,
    lastActivityAt: t.lastActivityAt.getTime(),
    reads: t.reads.map((r) => r.userId).sort(),
  };
}

/**
 * Every write an actor could try on a ticket must be refused and leave it untouched. `visible`: the
 * actor may still read it (a read mark is then fine); otherwise not even a read mark is written.
 */
async function expectNoWriteAccess(ctx: RequestContext, ticketId: string, { visible = false } = {}) {
  const before = await snapshot(ticketId);
  await denied(postTicketMessage(ctx, ticketId, { body: BODY }));
  await denied(ticketUploadTarget(ctx, { ticketId }));
  await denied(closeTicket(ctx, ticketId));
  await denied(reopenTicket(ctx, ticketId));
  await denied(forwardTicket(ctx, { ticketId, assigneeId: ctx.actor.id }));
  expect(await snapshot(ticketId)).toEqual(before);
  await markTicketRead(ctx, ticketId);
  const reads = (await snapshot(ticketId)).reads;
  expect(reads.includes(ctx.actor.id)).toBe(visible || before.reads.includes(ctx.actor.id));
}

describe("customers", () => {
  it("cannot post into another customer's ticket; unknown and malformed ids answer the same", async () => {
    const me = await ticketCustomer(office.tenant.id, office.advisor.id);
    const other = await ticketCustomer(office.tenant.id, office.advisor.id);
    const theirs = await openTicket(other.ctx);
    await expectNoWriteAccess(me.ctx, theirs);
    for (const id of [UNKNOWN, "not-a-uuid", ""]) {
      await denied(postTicketMessage(me.ctx, id, { body: BODY }));
      await denied(ticketUploadTarget(me.ctx, { ticketId: id }));
    }
  });

  it("cannot close, reopen or forward even their own ticket", async () => {
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const mine = await openTicket(ctx);
    const before = await snapshot(mine);
    await denied(closeTicket(ctx, mine));
    await denied(forwardTicket(ctx, { ticketId: mine, assigneeId: office.backoffice.id }));
    expect((await closeTicket(office.advisorCtx, mine)).ok).toBe(true);
    await denied(reopenTicket(ctx, mine));
    expect((await snapshot(mine)).status).toBe("CLOSED");
    expect((await snapshot(mine)).assigneeId).toBe(before.assigneeId);
  });

  it("cannot write an internal note", async () => {
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const mine = await openTicket(ctx);
    await denied(postTicketMessage(ctx, mine, { body: BODY, internal: true }));
    await denied(postTicketMessage(ctx, mine, { body: BODY, internal: "on" }));
    expect(await db.ticketMessage.count({ where: { ticketId: mine, isInternal: true } })).toBe(0);
    expect((await ticketRow(mine)).messages).toHaveLength(1);
  });

  it("with messages released read-only (or hidden) cannot open, answer or upload", async () => {
    for (const level of ["READ", "HIDDEN"] as const) {
      const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id, {
        COMMUNICATION: level,
        PROFILE: "READ",
      });
      await denied(createTicket(ctx, { subject: SUBJECT, body: BODY }));
      await denied(ticketUploadTarget(ctx, { ticketId: null }));
      if (level === "READ") {
        // the office can still write to them; they read it but cannot answer
        const theirs = await openTicket(office.advisorCtx, { customerId: customer.id });
        await expectNoWriteAccess(ctx, theirs, { visible: true });
      }
      expect(await db.ticket.count({ where: { customerId: customer.id, createdBy: { kind: "CUSTOMER" } } })).toBe(0);
    }
  });

  it("viewing a household member's shared folder cannot write there, nor in their own tickets", async () => {
    const grantor = await ticketCustomer(office.tenant.id, office.advisor.id);
    const grantee = await ticketCustomer(office.tenant.id, office.advisor.id);
    await shareFolder(office.tenant.id, { grantorId: grantor.customer.id, granteeId: grantee.customer.id });
    const grantorTicket = await openTicket(grantor.ctx);
    const granteeTicket = await openTicket(grantee.ctx);
    const inSharedFolder = await contextFor(grantee.user.id, undefined, { folderCustomerId: grantor.customer.id });
    expect(inSharedFolder.actor).toMatchObject({ customerId: grantor.customer.id, folderReadOnly: true });

    await denied(createTicket(inSharedFolder, { subject: SUBJECT, body: BODY }));
    await denied(ticketUploadTarget(inSharedFolder, { ticketId: null }));
    await expectNoWriteAccess(inSharedFolder, grantorTicket);
    await expectNoWriteAccess(inSharedFolder, granteeTicket);
    expect(await db.ticket.count({ where: { customerId: { in: [grantor.customer.id, grantee.customer.id] } } })).toBe(2);
  });

  it("cannot address staff of another tenant, a disabled colleague or an advisor who does not look after them", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const disabled = await createStaff(office.tenant.id, { role: "backoffice", status: "DISABLED" });
    const otherCustomerLogin = await createCustomerUser(
      office.tenant.id,
      (await ticketCustomer(office.tenant.id, null)).customer.id,
    );
    for (const assigneeId of [foreign.owner.id, disabled.id, office.otherAdvisor.id, otherCustomerLogin.id, UNKNOWN]) {
      expect(await createTicket(ctx, { subject: SUBJECT, body: BODY, assigneeId })).toEqual({
        ok: false,
        error: "common.errors.checkInput",
        fieldErrors: { assigneeId: "tickets.validation.assigneeInvalid" },
      });
    }
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(0);
    expect(
      await db.notification.count({ where: { userId: { in: [foreign.owner.id, disabled.id, office.otherAdvisor.id] } } }),
    ).toBe(0);
  });

  it("always writes into their own folder, whatever customer id is sent", async () => {
    const me = await ticketCustomer(office.tenant.id, office.advisor.id);
    const other = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(me.ctx, { customerId: other.customer.id });
    expect((await ticketRow(id)).customerId).toBe(me.customer.id);
    await denied(ticketUploadTarget(me.ctx, { ticketId: null, customerId: other.customer.id }));
    expect(await db.ticket.count({ where: { customerId: other.customer.id } })).toBe(0);
  });

  it("stores script tags in subject and message verbatim as plain text", async () => {
    const { ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const body = '<script>alert("x")</script>\n<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">hier</a>';
    const id = await openTicket(ctx, { subject: "<b>Frage</b> <script>", body });
    const ticket = await ticketRow(id);
    expect(ticket.subject).toBe("<b>Frage</b> <script>");
    expect(ticket.messages[0]!.body).toBe(body);
  });
});

describe("GDPR restriction", () => {
  it("freezes the conversation for the customer and the office", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    await db.customer.update({ where: { id: customer.id }, data: { restrictedAt: new Date() } });
    const restricted = await contextFor(ctx.actor.id);
    await denied(createTicket(restricted, { subject: SUBJECT, body: BODY }));
    await expectNoWriteAccess(restricted, id, { visible: true });
    await denied(createTicket(office.ownerCtx, { subject: SUBJECT, body: BODY, customerId: customer.id }));
    await expectNoWriteAccess(office.ownerCtx, id, { visible: true });
  });
});

describe("staff", () => {
  it("of another tenant cannot post, forward, close, reopen or open a ticket for this tenant's customer", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    await expectNoWriteAccess(foreign.ownerCtx, id);
    await denied(forwardTicket(foreign.ownerCtx, { ticketId: id, assigneeId: office.owner.id }));
    await denied(createTicket(foreign.ownerCtx, { subject: SUBJECT, body: BODY, customerId: customer.id }));
    await denied(ticketUploadTarget(foreign.ownerCtx, { ticketId: null, customerId: customer.id }));
    expect(await db.ticket.count({ where: { tenantId: foreign.tenantId } })).toBe(0);
  });

  it("limited to own customers cannot touch another advisor's customer's ticket", async () => {
    const { customer, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    await expectNoWriteAccess(office.otherAdvisorCtx, id);
    await denied(createTicket(office.otherAdvisorCtx, { subject: SUBJECT, body: BODY, customerId: customer.id }));
    await denied(ticketUploadTarget(office.otherAdvisorCtx, { ticketId: null, customerId: customer.id }));
    await denied(createTicket(office.otherAdvisorCtx, { subject: SUBJECT, body: BODY, customerId: UNKNOWN }));
    // the own advisor may
    expect((await postTicketMessage(office.advisorCtx, id, { body: "Gern." })).ok).toBe(true);
  });

  it("without the right to see customers cannot write at all", async () => {
    const partner = await createStaff(office.tenant.id, { role: "partner" });
    await db.staffRole.update({ where: { id: partner.staffRoleId! }, data: { rights: { viewCustomers: false } } });
    const { customer, ctx } = await ticketCustomer(office.tenant.id, partner.id);
    const id = await openTicket(ctx);
    const partnerCtx = await contextFor(partner.id);
    await expectNoWriteAccess(partnerCtx, id);
    await denied(createTicket(partnerCtx, { subject: SUBJECT, body: BODY, customerId: customer.id }));
  });

  it("cannot forward to a colleague who may not see the customer, another tenant's staff, a disabled or a customer account", async () => {
    const { customer, user, ctx } = await ticketCustomer(office.tenant.id, office.advisor.id);
    const id = await openTicket(ctx);
    const disabled = await createStaff(office.tenant.id, { role: "backoffice", status: "DISABLED" });
    const before = await snapshot(id);
    for (const assigneeId of [office.otherAdvisor.id, foreign.owner.id, disabled.id, user.id, UNKNOWN]) {
      expect(await forwardTicket(office.ownerCtx, { ticketId: id, assigneeId, note: "Bitte übernehmen" })).toEqual({
        ok: false,
        error: "common.errors.checkInput",
        fieldErrors: { assigneeId: "tickets.validation.assigneeInvalid" },
      });
    }
    expect(await snapshot(id)).toEqual(before);
    // opening a ticket for such a colleague is refused the same way
    expect(
      await createTicket(office.ownerCtx, {
        subject: SUBJECT,
        body: BODY,
        customerId: customer.id,
        assigneeId: office.otherAdvisor.id,
      }),
    ).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: { assigneeId: "tickets.validation.assigneeInvalid" },
    });
  });

  it("answers a malformed ticket id in a forward like an unknown ticket", async () => {
    await denied(forwardTicket(office.ownerCtx, { ticketId: "nope", assigneeId: office.owner.id }));
    await denied(forwardTicket(office.ownerCtx, { ticketId: UNKNOWN, assigneeId: office.owner.id }));
    await denied(closeTicket(office.ownerCtx, "nope"));
    await denied(closeTicket(null, UNKNOWN));
    await denied(createTicket(null, { subject: SUBJECT, body: BODY }));
  });
});

describe("staff rights beyond seeing the customer", () => {
  const NOTHING = { reply: false, attach: false, internalNote: false, forward: false, close: false, reopen: false };

  /** A fresh office (roles are per tenant) with one staff member whose role holds exactly `rights`. */
  async function clerkWith(rights: Record<string, boolean>) {
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    const clerk = await createStaff(tenant.id, { role: "backoffice" });
    await db.staffRole.update({ where: { id: clerk.staffRoleId! }, data: { rights } });
    const customer = await ticketCustomer(tenant.id, null);
    return { tenant, owner, clerk, clerkCtx: await contextFor(clerk.id), ownerCtx: await contextFor(owner.id), customer };
  }

  it("a view-only role (partner) reads its customers' conversations but cannot answer, open, take, forward, close or upload", async () => {
    // a tenant of its own: the seeded partner role (an earlier test here takes viewCustomers from this office's)
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    const ownerCtx = await contextFor(owner.id);
    const partner = await createStaff(tenant.id, { role: "partner" });
    const partnerCtx = await contextFor(partner.id);
    const { customer, ctx } = await ticketCustomer(tenant.id, partner.id);
    const id = await openTicket(ctx);
    // nobody hands them a ticket they could not answer: not by default, not by choice, not by forward
    expect((await ticketRow(id)).assigneeId).not.toBe(partner.id);
    expect((await listTicketRecipients(ctx)).map((r) => r.id)).not.toContain(partner.id);
    expect((await listTicketRecipients(ownerCtx, customer.id)).map((r) => r.id)).not.toContain(partner.id);
    const invalidAssignee = {
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: { assigneeId: "tickets.validation.assigneeInvalid" },
    };
    expect(await createTicket(ctx, { subject: SUBJECT, body: BODY, assigneeId: partner.id })).toEqual(invalidAssignee);
    expect(await forwardTicket(ownerCtx, { ticketId: id, assigneeId: partner.id })).toEqual(invalidAssignee);

    // they read it, but the page offers nothing and every write is refused
    const detail = await getTicketDetail(partnerCtx, id);
    expect(detail?.entries.length).toBeGreaterThan(0);
    expect(detail?.can).toEqual(NOTHING);
    await expectNoWriteAccess(partnerCtx, id, { visible: true });
    await denied(postTicketMessage(partnerCtx, id, { body: BODY, internal: true }));
    await denied(forwardTicket(partnerCtx, { ticketId: id, assigneeId: owner.id }));
    await denied(forwardTicket(partnerCtx, null as never));
    await denied(createTicket(partnerCtx, { subject: SUBJECT, body: BODY, customerId: customer.id }));
    await denied(ticketUploadTarget(partnerCtx, { ticketId: null, customerId: customer.id }));
    await denied(postTicketMessage(partnerCtx, id, { body: BODY }, [await storedAttachment(tenant.id, customer.id)]));

    expect((await closeTicket(ownerCtx, id)).ok).toBe(true);
    expect((await getTicketDetail(partnerCtx, id))?.can).toEqual(NOTHING);
    await denied(reopenTicket(partnerCtx, id));
    const ticket = await ticketRow(id);
    expect(ticket.status).toBe("CLOSED");
    expect(ticket.messages.map((m) => m.authorId)).toEqual([ctx.actor.id]);
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(1);
    expect(await db.document.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("staff without importDocuments answer, but put no files into the customer's folder", async () => {
    const { tenant, clerkCtx, ownerCtx, customer } = await clerkWith({
      viewCustomers: true,
      editCustomers: true,
      listDocuments: true,
      viewDocuments: true,
    });
    const id = await openTicket(customer.ctx);
    // the reply form offers them no file picker; the owner and the customer get one
    expect((await getTicketDetail(clerkCtx, id))?.can).toMatchObject({ reply: true, internalNote: true, attach: false });
    expect((await getTicketDetail(ownerCtx, id))?.can).toMatchObject({ reply: true, attach: true });
    expect((await getTicketDetail(customer.ctx, id))?.can).toMatchObject({ reply: true, attach: true });
    const refused = { ok: false, error: "tickets.errors.attachmentsNotAllowed" };
    const file = () => storedAttachment(tenant.id, customer.customer.id);
    expect(await postTicketMessage(clerkCtx, id, { body: BODY }, [await file()])).toEqual(refused);
    expect(await postTicketMessage(clerkCtx, id, { body: BODY, internal: true }, [await file()])).toEqual(refused);
    expect(
      await createTicket(clerkCtx, { subject: SUBJECT, body: BODY, customerId: customer.customer.id }, [await file()]),
    ).toEqual(refused);
    expect(await db.document.count({ where: { customerId: customer.customer.id } })).toBe(0);
    expect((await ticketRow(id)).messages).toHaveLength(1);
    expect(await db.ticket.count({ where: { customerId: customer.customer.id } })).toBe(1);
    // without files they write as usual
    expect((await postTicketMessage(clerkCtx, id, { body: BODY })).ok).toBe(true);
    expect((await createTicket(clerkCtx, { subject: SUBJECT, body: BODY, customerId: customer.customer.id })).ok).toBe(true);
  });

  it("staff who may list but not open documents see no attachment links in a conversation", async () => {
    const { tenant, clerkCtx, ownerCtx, customer } = await clerkWith({
      viewCustomers: true,
      editCustomers: true,
      listDocuments: true,
    });
    const id = await openTicket(customer.ctx, {}, [await storedAttachment(tenant.id, customer.customer.id)]);
    const files = (detail: Awaited<ReturnType<typeof getTicketDetail>>) =>
      detail?.entries.flatMap((e) => (e.type === "message" ? e.attachments : [])) ?? [];
    expect(files(await getTicketDetail(ownerCtx, id))).toHaveLength(1);
    expect(files(await getTicketDetail(clerkCtx, id))).toEqual([]);
  });

  it("answers a forward with no usable input as bad input, not with a crash", async () => {
    const checkInput = { ok: false, error: "common.errors.checkInput" };
    for (const input of [null, undefined, "x", 42, []]) {
      expect(await forwardTicket(office.ownerCtx, input as never)).toEqual(checkInput);
    }
  });
});
