// Company accounts next to each other and next to private customers: conversations stay personal, a
// private customer's folder works as before, role changes and deactivation apply on the next request.
// World: tests/setup/company-fixtures.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { claimAccessWhere } from "@/lib/data/claims/claim-access";
import type { RequestContext } from "@/lib/data/context/types";
import { contractAccessWhere } from "@/lib/data/contracts/contract-access";
import { documentAccessWhere } from "@/lib/data/documents/document-access";
import { insuredObjectAccessWhere } from "@/lib/data/insured-objects/insured-object-access";
import { premiumInvoiceAccessWhere } from "@/lib/data/premium-invoices/premium-invoice-access";
import { getTicketDetail } from "@/lib/data/tickets/get-ticket-detail";
import { listCustomerTickets } from "@/lib/data/tickets/list-customer-tickets";
import { ticketAccessWhere } from "@/lib/data/tickets/ticket-access";
import { db } from "@/lib/db/client";
import {
  buildCompanyWorld,
  companyAccount,
  companyUser,
  keysOf,
  setCompanyRoles,
  type CompanyWorld,
} from "../setup/company-fixtures";
import { createContract, createDocument, createStaff } from "../setup/factories";
import { portalCustomer, shareFolder } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

let world: CompanyWorld;
let staffId: string;
let ticketNumber = 0;

beforeAll(async () => {
  world = await buildCompanyWorld();
  staffId = (await createStaff(world.tenant.id, { role: "advisor" })).id;
});

const ticket = (customerId: string, data: { createdById?: string; addressedUserId?: string } = {}) =>
  db.ticket.create({
    data: { tenantId: world.tenant.id, customerId, number: ++ticketNumber, subject: `Anliegen ${ticketNumber}`, ...data },
  });

const visibleTickets = async (ctx: RequestContext) => ({
  list: (await listCustomerTickets(ctx)).items.map((t) => t.id).sort(),
  rule: (await db.ticket.findMany({ where: ticketAccessWhere(ctx), select: { id: true } })).map((t) => t.id).sort(),
});

const visibleContracts = async (ctx: RequestContext) =>
  keysOf(
    world,
    "contract",
    (await db.contract.findMany({ where: contractAccessWhere(ctx), select: { id: true } })).map((c) => c.id),
  );

describe("conversations of company accounts", () => {
  it("are personal: colleagues of the same company see only what the office addressed to them", async () => {
    const fleet = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    const other = await companyUser(world.companies.h, ["OTHER_LINES"]);
    const full = await companyUser(world.companies.h, ["FULL_ACCESS", "GROUP_MANAGER", "USER_MANAGER"]);

    const fleetsOwn = await ticket(world.companies.h.id, { createdById: fleet.user.id });
    const toOther = await ticket(world.companies.h.id, { createdById: staffId, addressedUserId: other.user.id });

    expect(await visibleTickets(fleet.ctx)).toEqual({ list: [fleetsOwn.id], rule: [fleetsOwn.id] });
    expect(await visibleTickets(other.ctx)).toEqual({ list: [toOther.id], rule: [toOther.id] });
    // neither full access, group manager nor user manager opens a colleague's conversation
    expect(await visibleTickets(full.ctx)).toEqual({ list: [], rule: [] });

    expect(await getTicketDetail(other.ctx, fleetsOwn.id)).toBeNull();
    expect(await getTicketDetail(fleet.ctx, toOther.id)).toBeNull();
    expect(await getTicketDetail(full.ctx, fleetsOwn.id)).toBeNull();
    expect(await getTicketDetail(full.ctx, toOther.id)).toBeNull();
    expect((await getTicketDetail(fleet.ctx, fleetsOwn.id))?.id).toBe(fleetsOwn.id);
    expect((await getTicketDetail(other.ctx, toOther.id))?.id).toBe(toOther.id);

    // a file the office sent in the fleet manager's conversation is theirs alone, full access or not
    const reply = await db.ticketMessage.create({
      data: { tenantId: world.tenant.id, ticketId: fleetsOwn.id, authorId: staffId, body: "Anbei die Unterlagen." },
    });
    const attachment = await createDocument(world.tenant.id, world.companies.h.id, {
      ticketMessageId: reply.id,
      category: "CORRESPONDENCE",
      title: "Angebot Flotte",
    });
    const seesAttachment = async (ctx: RequestContext) =>
      (await db.document.count({ where: { AND: [documentAccessWhere(ctx), { id: attachment.id }] } })) === 1;
    expect(await seesAttachment(fleet.ctx)).toBe(true);
    expect(await seesAttachment(other.ctx)).toBe(false);
    expect(await seesAttachment(full.ctx)).toBe(false);
  });

  it("a subsidiary user's conversation stays hidden from the holding's group manager", async () => {
    const sub = await companyUser(world.companies.s, ["FULL_ACCESS"]);
    const holding = await companyUser(world.companies.h, ["FULL_ACCESS", "GROUP_MANAGER"]);
    const subsOwn = await ticket(world.companies.s.id, { createdById: sub.user.id });

    expect((await visibleTickets(sub.ctx)).rule).toEqual([subsOwn.id]);
    expect((await visibleTickets(holding.ctx)).rule).not.toContain(subsOwn.id);
    expect(await getTicketDetail(holding.ctx, subsOwn.id)).toBeNull();
  });
});

describe("private customers", () => {
  it("keep their whole folder, contract-less items included, and get no company access", async () => {
    const all = { INSURANCE: "READ", INVOICES: "READ", CLAIMS: "READ", PROFILE: "READ", COMMUNICATION: "READ" } as const;
    const tenantId = world.tenant.id;
    const { customer, user, ctx } = await portalCustomer(tenantId, all);
    const motorLine = await db.lineOfBusiness.findFirstOrThrow({ where: { tenantId, code: "051" } });
    const contract = await createContract(tenantId, customer.id, { lineId: motorLine.id });
    const policy = await createDocument(tenantId, customer.id, { contractId: contract.id });
    const general = await createDocument(tenantId, customer.id, { category: "OTHER", title: "Vollmacht" });
    const invoiceData = { tenantId, customerId: customer.id, amount: "80.00", periodStart: new Date("2026-01-01") };
    const dates = { periodEnd: new Date("2026-12-31"), dueDate: new Date("2026-01-15") };
    const onContract = await db.premiumInvoice.create({
      data: { ...invoiceData, ...dates, contractId: contract.id, number: `P-${customer.id}-1` },
    });
    const contractless = await db.premiumInvoice.create({ data: { ...invoiceData, ...dates, number: `P-${customer.id}-2` } });
    const car = await db.insuredObject.create({
      data: { tenantId, customerId: customer.id, contractId: contract.id, kind: "VEHICLE", name: "Golf", licensePlate: "M-XY 1" },
    });
    const bike = await db.insuredObject.create({ data: { tenantId, customerId: customer.id, kind: "OTHER", name: "E-Bike" } });
    const claim = await db.claim.create({
      data: {
        tenantId,
        customerId: customer.id,
        contractId: contract.id,
        occurredOn: new Date("2026-03-01"),
        description: "Parkschaden",
      },
    });
    const own = await ticket(customer.id, { createdById: user.id });

    const actor = ctx.actor;
    expect(actor.kind === "CUSTOMER" && actor.company).toBeNull();
    const ids = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows).map((r) => r.id).sort();
    const select = { id: true } as const;
    expect({
      contracts: await ids(db.contract.findMany({ where: contractAccessWhere(ctx), select })),
      documents: await ids(db.document.findMany({ where: documentAccessWhere(ctx), select })),
      invoices: await ids(db.premiumInvoice.findMany({ where: premiumInvoiceAccessWhere(ctx), select })),
      objects: await ids(db.insuredObject.findMany({ where: insuredObjectAccessWhere(ctx), select })),
      claims: await ids(db.claim.findMany({ where: claimAccessWhere(ctx), select })),
      tickets: await ids(db.ticket.findMany({ where: ticketAccessWhere(ctx), select })),
    }).toEqual({
      contracts: [contract.id],
      documents: [policy.id, general.id].sort(),
      invoices: [onContract.id, contractless.id].sort(),
      objects: [car.id, bike.id].sort(),
      claims: [claim.id],
      tickets: [own.id],
    });

    // a household member who was given consent still opens the folder (read-only), without its conversations
    const member = await portalCustomer(tenantId, all);
    await shareFolder(tenantId, { grantorId: customer.id, granteeId: member.customer.id });
    const inFolder = await contextFor(member.user.id, undefined, { folderCustomerId: customer.id });
    expect(inFolder.actor.kind === "CUSTOMER" && inFolder.actor.company).toBeNull();
    expect(await ids(db.contract.findMany({ where: contractAccessWhere(inFolder), select }))).toEqual([contract.id]);
    expect(await ids(db.insuredObject.findMany({ where: insuredObjectAccessWhere(inFolder), select }))).toEqual(
      [car.id, bike.id].sort(),
    );
    expect(await ids(db.ticket.findMany({ where: ticketAccessWhere(inFolder), select }))).toEqual([]);
  });
});

describe("changes to a company account", () => {
  it("a role change applies on the account's next request", async () => {
    const { user, ctx } = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    expect(await visibleContracts(ctx)).toEqual(["hMotor"]);

    await setCompanyRoles(user.id, world.tenant.id, ["OTHER_LINES", "GROUP_MANAGER"]);
    const widened = await contextFor(user.id);
    expect(widened.actor.kind === "CUSTOMER" && widened.actor.company?.roles.slice().sort()).toEqual([
      "GROUP_MANAGER",
      "OTHER_LINES",
    ]);
    expect(await visibleContracts(widened)).toEqual(["hFire", "hLiab", "hMachine", "hNoLine", "sLiab", "ssFire"]);

    await setCompanyRoles(user.id, world.tenant.id, []);
    expect(await visibleContracts(await contextFor(user.id))).toEqual([]);
  });

  it("a household folder cookie naming another company or customer changes nothing", async () => {
    const { user } = await companyUser(world.companies.h, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    for (const folder of [world.companies.x.id, world.companies.s.id]) {
      const ctx = await contextFor(user.id, undefined, { folderCustomerId: folder });
      expect(ctx.actor).toMatchObject({ customerId: world.companies.h.id, folderReadOnly: false });
      expect(await visibleContracts(ctx)).toEqual(["hMotor", "sMotor"]);
    }
  });

  it("describes the company, roles and scope in the context (own company first, subsidiaries only with group manager)", async () => {
    const plain = await companyUser(world.companies.h, ["FULL_ACCESS", "USER_MANAGER"]);
    const group = await companyUser(world.companies.h, ["FULL_ACCESS", "GROUP_MANAGER"]);
    const c = world.companies;
    for (const { ctx } of [plain, group]) {
      expect(ctx.actor).toMatchObject({ kind: "CUSTOMER", customerId: c.h.id, ownCustomerId: c.h.id });
    }
    const access = (ctx: RequestContext) => (ctx.actor.kind === "CUSTOMER" ? ctx.actor.company : null);
    expect(access(plain.ctx)).toMatchObject({ companyId: c.h.id, isUserManager: true });
    expect(access(plain.ctx)?.scope.map((s) => s.customerId)).toEqual([c.h.id]);
    expect(access(group.ctx)).toMatchObject({ companyId: c.h.id, isUserManager: false });
    const scope = access(group.ctx)?.scope.map((s) => s.customerId) ?? [];
    expect(scope[0]).toBe(c.h.id);
    expect(scope.slice().sort()).toEqual([c.h.id, c.s.id, c.ss.id].sort());
  });

  it("a disabled or not yet registered company account gets no context, and disabling applies on the next request", async () => {
    const disabled = await companyAccount(world.companies.h, ["FULL_ACCESS"], { status: "DISABLED" });
    await expect(contextFor(disabled.user.id)).rejects.toThrow("no context for user");
    const invited = await companyAccount(world.companies.h, ["FULL_ACCESS"], { status: "INVITED" });
    await expect(contextFor(invited.user.id)).rejects.toThrow("no context for user");

    const active = await companyUser(world.companies.h, ["FULL_ACCESS"]);
    expect(await visibleContracts(active.ctx)).toContain("hDo");
    await db.user.update({ where: { id: active.user.id }, data: { status: "DISABLED" } });
    await expect(contextFor(active.user.id)).rejects.toThrow("no context for user");
  });
});
