// "Nachricht an Kunden" for a company customer: the office addresses the ticket to ONE named portal account
// of the company; only that account reads it and hears about it, colleagues of the same company do not.
// Private customers work as before. World: tests/setup/company-fixtures.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { receiveNewTicket } from "@/app/api/tickets/receive-ticket-message";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { createTicket } from "@/lib/data/tickets/create-ticket";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listCompanyAddressees } from "@/lib/data/tickets/list-company-addressees";
import { listCustomerTickets } from "@/lib/data/tickets/list-customer-tickets";
import { ticketAccessWhere } from "@/lib/data/tickets/ticket-access";
import { db } from "@/lib/db/client";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import type { NewTicketInput } from "@/lib/validation/ticket";
import { buildCompanyWorld, companyAccount, companyUser, type CompanyUser, type CompanyWorld } from "../setup/company-fixtures";
import { createCustomerUser, createStaff } from "../setup/factories";
import { portalCustomer } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";
import { mailsTo, notificationsOf } from "../setup/ticket-outbox";
import { BODY, SUBJECT } from "../setup/ticket-texts";

let world: CompanyWorld;
let staff: { id: string; ctx: RequestContext };
let addressee: CompanyUser;
let colleague: CompanyUser;

beforeAll(async () => {
  await ensureBucket();
  world = await buildCompanyWorld();
  const owner = await createStaff(world.tenant.id, { role: "owner" });
  staff = { id: owner.id, ctx: await contextFor(owner.id) };
  addressee = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
  colleague = await companyUser(world.companies.h, ["FULL_ACCESS", "GROUP_MANAGER", "USER_MANAGER"]);
});

const REFUSED = {
  ok: false,
  error: "common.errors.checkInput",
  fieldErrors: { addressedUserId: "tickets.validation.addresseeInvalid" },
};

const officeOpens = (customerId: string, input: Partial<NewTicketInput> = {}) =>
  createTicket(staff.ctx, { subject: SUBJECT, body: BODY, customerId, ...input });

async function officeOpensOk(customerId: string, input: Partial<NewTicketInput> = {}) {
  const result = await officeOpens(customerId, input);
  if (!result.ok) throw new Error(`ticket refused: ${JSON.stringify(result)}`);
  return result.id;
}

/** What an account sees: its portal list and the access rule itself. */
const visibleTo = async (ctx: RequestContext) => ({
  list: (await listCustomerTickets(ctx)).items.map((t) => t.id).sort(),
  rule: (await db.ticket.findMany({ where: ticketAccessWhere(ctx), select: { id: true } })).map((t) => t.id).sort(),
});

const ticketCountOf = (customerId: string) => db.ticket.count({ where: { customerId } });
const ticketSeq = async () => (await db.tenant.findUniqueOrThrow({ where: { id: world.tenant.id } })).ticketSeq;

describe("the office opens a ticket for a company account", () => {
  it("is read by the addressed account only, not by a colleague of the same company (even with full access)", async () => {
    const before = { addressee: await visibleTo(addressee.ctx), colleague: await visibleTo(colleague.ctx) };
    const id = await officeOpensOk(world.companies.h.id, { addressedUserId: addressee.user.id });

    expect(await db.ticket.findUniqueOrThrow({ where: { id } })).toMatchObject({
      customerId: world.companies.h.id,
      createdById: staff.id,
      addressedUserId: addressee.user.id,
    });
    const after = { addressee: await visibleTo(addressee.ctx), colleague: await visibleTo(colleague.ctx) };
    expect(after.addressee.list).toEqual([...before.addressee.list, id].sort());
    expect(after.addressee.rule).toEqual([...before.addressee.rule, id].sort());
    expect(after.colleague).toEqual(before.colleague);
    expect((await getTicketDetail(addressee.ctx, id))?.id).toBe(id);
    expect(await getTicketDetail(colleague.ctx, id)).toBeNull();
  });

  it("tells only the addressed account (in-app and e-mail), nobody else of the company", async () => {
    const id = await officeOpensOk(world.companies.h.id, { addressedUserId: addressee.user.id });
    const link = `/portal/messages/${id}`;

    expect((await notificationsOf(addressee.user.id)).filter((n) => n.link === link)).toHaveLength(1);
    expect((await mailsTo(addressee.user.email)).filter((m) => JSON.stringify(m.payload).includes(link))).toHaveLength(1);
    expect((await notificationsOf(colleague.user.id)).some((n) => n.link === link)).toBe(false);
    expect((await mailsTo(colleague.user.email)).some((m) => JSON.stringify(m.payload).includes(link))).toBe(false);
    expect(await db.notification.count({ where: { link, user: { customerId: world.companies.h.id } } })).toBe(1);
  });

  it("names the addressed account on the staff detail page and records it (id only) in the audit", async () => {
    const id = await officeOpensOk(world.companies.h.id, { addressedUserId: addressee.user.id });
    const account = await db.user.findUniqueOrThrow({ where: { id: addressee.user.id } });

    const detail = await getTicketDetail(staff.ctx, id);
    expect(detail?.addressee).toEqual({ id: account.id, name: `${account.firstName} ${account.lastName}` });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "ticket.created", entityId: id } });
    expect(audit.data).toMatchObject({ addressedUserId: addressee.user.id });
  });

  it("may go to an account that is invited but not yet registered", async () => {
    const invited = await companyAccount(world.companies.h, [], { status: "INVITED" });
    const id = await officeOpensOk(world.companies.h.id, { addressedUserId: invited.user.id });
    expect((await db.ticket.findUniqueOrThrow({ where: { id } })).addressedUserId).toBe(invited.user.id);
  });

  it("passes the form field through the multipart route", async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ subject: SUBJECT, body: BODY, addressedUserId: addressee.user.id }))
      form.append(name, value);
    const encoded = new Response(form);
    const request = new Request("http://upload.test/api/tickets", {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type") ?? "" },
      body: Buffer.from(await encoded.arrayBuffer()),
    });

    const result = await receiveNewTicket(staff.ctx, request, world.companies.h.id);

    if (!result.ok) throw new Error(JSON.stringify(result));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: result.id } })).addressedUserId).toBe(addressee.user.id);
  });
});

describe("the office cannot address a company ticket to anyone but an account of that company", () => {
  it("refuses a missing, malformed, staff, other-company, other-office, disabled or contact-less account and creates nothing", async () => {
    const h = world.companies.h;
    const otherCompany = await companyAccount(world.companies.x, []);
    const subsidiary = await companyAccount(world.companies.s, []);
    const otherOffice = await companyAccount(world.companies.o, []);
    const disabled = await companyAccount(h, [], { status: "DISABLED" });
    // an account of the company's record without a contact person (not created through the user manager)
    const contactless = await createCustomerUser(world.tenant.id, h.id);
    const privateCustomer = await portalCustomer(world.tenant.id, { COMMUNICATION: "READ" });
    const cases: Record<string, string | undefined> = {
      missing: undefined,
      empty: "",
      malformed: "kein-konto",
      unknown: "0190c3a0-0000-7000-8000-000000000000",
      staff: staff.id,
      otherCompany: otherCompany.user.id,
      subsidiary: subsidiary.user.id,
      otherOffice: otherOffice.user.id,
      disabled: disabled.user.id,
      contactless: contactless.id,
      privateCustomersAccount: privateCustomer.user.id,
    };
    const count = await ticketCountOf(h.id);
    const seq = await ticketSeq();
    const outbox = await db.outboxMessage.count({ where: { tenantId: world.tenant.id } });

    const results: Record<string, unknown> = {};
    for (const [name, addressedUserId] of Object.entries(cases)) {
      results[name] = await officeOpens(h.id, addressedUserId === undefined ? {} : { addressedUserId });
    }

    expect(results).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, REFUSED])));
    expect(await ticketCountOf(h.id)).toBe(count);
    expect(await ticketSeq()).toBe(seq);
    expect(await db.outboxMessage.count({ where: { tenantId: world.tenant.id } })).toBe(outbox);
  });

  it("explains the refusal in German", async () => {
    const t = await translatorFor("de-DE");
    expect(translateMessage(t, "tickets.validation.addresseeInvalid")).toBe(
      "Bitte wählen Sie das Firmenkonto, an das die Nachricht geht.",
    );
  });
});

describe("private customers and customers themselves", () => {
  it("leave a private customer's ticket as before: no addressee needed, a given one ignored, the customer reads it", async () => {
    const { customer, user, ctx } = await portalCustomer(world.tenant.id, { COMMUNICATION: "READ" });
    const plain = await officeOpensOk(customer.id);
    const withStray = await officeOpensOk(customer.id, { addressedUserId: addressee.user.id });

    for (const id of [plain, withStray]) {
      expect((await db.ticket.findUniqueOrThrow({ where: { id } })).addressedUserId).toBeNull();
      expect((await notificationsOf(user.id)).filter((n) => n.link === `/portal/messages/${id}`)).toHaveLength(1);
    }
    expect((await visibleTo(ctx)).list).toEqual([plain, withStray].sort());
    expect((await getTicketDetail(staff.ctx, plain))?.addressee).toBeNull();
    expect((await visibleTo(addressee.ctx)).list).not.toContain(withStray);
  });

  it("never lets a company account address its own ticket to a colleague: it stays the creator's", async () => {
    const writer = await companyUser(world.companies.x, []);
    await db.moduleRelease.update({
      where: { customerId_module: { customerId: world.companies.x.id, module: "COMMUNICATION" } },
      data: { level: "WRITE" },
    });
    const writerCtx = await contextFor(writer.user.id);
    const colleagueOfWriter = await companyUser(world.companies.x, ["FULL_ACCESS"]);

    const result = await createTicket(writerCtx, { subject: SUBJECT, body: BODY, addressedUserId: colleagueOfWriter.user.id });

    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      createdById: writer.user.id,
      addressedUserId: null,
    });
    expect((await visibleTo(writerCtx)).list).toContain(result.id);
    expect((await visibleTo(colleagueOfWriter.ctx)).list).not.toContain(result.id);
  });
});

describe("listCompanyAddressees (the select on the compose page)", () => {
  it("lists the company's active and invited contact accounts with name, position and status, nothing else", async () => {
    const { companies, tenant } = world;
    const k = await db.customer.create({
      data: { tenantId: tenant.id, kind: "COMPANY", customerNumber: `F-K-${Date.now()}`, companyName: "Kleinbetrieb" },
    });
    const active = await companyAccount(k, ["FLEET_MANAGER"]);
    const invited = await companyAccount(k, [], { status: "INVITED" });
    await companyAccount(k, [], { status: "DISABLED" });
    await createCustomerUser(tenant.id, k.id);
    await companyAccount(companies.x, []);

    const list = await listCompanyAddressees(staff.ctx, k.id);

    const names = await db.user.findMany({ where: { id: { in: [active.user.id, invited.user.id] } } });
    const nameOf = (id: string) => {
      const u = names.find((n) => n.id === id)!;
      return `${u.firstName} ${u.lastName}`;
    };
    expect(list.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: active.user.id, name: nameOf(active.user.id), position: "Sachbearbeitung", status: "ACTIVE" },
        { id: invited.user.id, name: nameOf(invited.user.id), position: "Sachbearbeitung", status: "INVITED" },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it("is empty for a company without accounts and for a private customer", async () => {
    const empty = await db.customer.create({
      data: { tenantId: world.tenant.id, kind: "COMPANY", customerNumber: `F-L-${Date.now()}`, companyName: "Ohne Konto" },
    });
    const { customer } = await portalCustomer(world.tenant.id, { COMMUNICATION: "READ" });
    expect(await listCompanyAddressees(staff.ctx, empty.id)).toEqual([]);
    expect(await listCompanyAddressees(staff.ctx, customer.id)).toEqual([]);
  });

  it("refuses customers, another office's company and a customer the advisor may not see", async () => {
    const advisor = await createStaff(world.tenant.id, { role: "advisor" });
    const advisorCtx = await contextFor(advisor.id);
    await expect(listCompanyAddressees(addressee.ctx, world.companies.h.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listCompanyAddressees(staff.ctx, world.companies.o.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listCompanyAddressees(advisorCtx, world.companies.h.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
