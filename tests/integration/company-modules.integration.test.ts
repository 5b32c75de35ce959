import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { listFolderObjects } from "@/lib/data/insured-objects/list-folder-objects";
import { loadPortalHome } from "@/lib/data/portal/load-portal-home";
import { loadPortalShell } from "@/lib/data/portal/load-portal-shell";
import { moduleVisibility } from "@/lib/data/portal/module-visibility";
import { getFolderInvoice } from "@/lib/data/premium-invoices/get-folder-invoice";
import { listFolderInvoices } from "@/lib/data/premium-invoices/list-folder-invoices";
import { db } from "@/lib/db/client";
import type { CompanyRole, PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { buildCompanyWorld, companyUser, keysOf, setRelease, type CompanyWorld } from "../setup/company-fixtures";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
  uniqueSuffix,
} from "../setup/factories";
import { contextFor } from "../setup/request-context";

// 10.03.2026: due dates before that day are past.
const FROZEN = new Date("2026-03-10T09:30:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

afterEach(() => freezeClock(null));

const customerActor = (ctx: RequestContext) => {
  if (ctx.actor.kind !== "CUSTOMER") throw new Error("not a customer context");
  return { ...ctx, actor: ctx.actor };
};

/** A private customer with a login and the given releases. */
async function privateFolder(releases: Partial<Record<PortalModule, ReleaseLevel>>) {
  const tenant = await createTenant();
  const customer = await createCustomer(tenant.id);
  const user = await createCustomerUser(tenant.id, customer.id);
  await db.moduleRelease.createMany({
    data: Object.entries(releases).map(([module, level]) => ({
      tenantId: tenant.id,
      customerId: customer.id,
      module: module as PortalModule,
      level,
    })),
  });
  return { tenant, customer, user, ctx: await contextFor(user.id) };
}

type InvoiceData = { contractId?: string | null; dueDate?: string; status?: "OPEN" | "PAID" | "OVERDUE" | "CANCELLED" };

async function invoice(tenantId: string, customerId: string, data: InvoiceData = {}) {
  return db.premiumInvoice.create({
    data: {
      tenantId,
      customerId,
      contractId: data.contractId ?? null,
      number: `R-${uniqueSuffix()}`,
      amount: "1234.50",
      periodStart: day("2026-01-01"),
      periodEnd: day("2026-12-31"),
      dueDate: day(data.dueDate ?? "2026-04-01"),
      status: data.status ?? "OPEN",
    },
  });
}

async function insuredObject(tenantId: string, customerId: string, contractId: string | null, name = "VW Crafter") {
  return db.insuredObject.create({
    data: { tenantId, customerId, contractId, kind: "VEHICLE", name, licensePlate: "M-XY 123", vin: "WVWZZZ1JZXW000001" },
  });
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

describe("premium invoices of a private customer", () => {
  it("lists the folder's invoices latest due date first, with contract, amount and period, while INVOICES is released", async () => {
    freezeClock(FROZEN);
    const f = await privateFolder({ INSURANCE: "READ", INVOICES: "READ" });
    const contract = await createContract(f.tenant.id, f.customer.id, { policyNumber: "KFZ-4711" });
    const early = await invoice(f.tenant.id, f.customer.id, { contractId: contract.id, dueDate: "2026-04-01" });
    const late = await invoice(f.tenant.id, f.customer.id, { contractId: null, dueDate: "2026-07-01" });
    const stranger = await createCustomer(f.tenant.id);
    await invoice(f.tenant.id, stranger.id);

    const page = await listFolderInvoices(f.ctx);
    expect(page.items.map((i) => i.id)).toEqual([late.id, early.id]);
    expect(page.showCompany).toBe(false);
    expect(page.items[1]).toMatchObject({
      number: early.number,
      amount: "1234.50",
      currency: "EUR",
      status: "OPEN",
      shownStatus: "OPEN",
      periodStart: day("2026-01-01"),
      periodEnd: day("2026-12-31"),
      dueDate: day("2026-04-01"),
      contract: { id: contract.id, policyNumber: "KFZ-4711" },
      companyName: null,
      documentId: null,
    });
    expect(page.items[0]!.contract).toBeNull();
    expect(moduleVisibility(customerActor(f.ctx).actor, "INVOICES")).toBe("visible");
  });

  it("shows nothing while INVOICES is hidden, even with contracts released", async () => {
    const f = await privateFolder({ INSURANCE: "READ" });
    const contract = await createContract(f.tenant.id, f.customer.id);
    const own = await invoice(f.tenant.id, f.customer.id, { contractId: contract.id });
    expect((await listFolderInvoices(f.ctx)).items).toEqual([]);
    expect(await getFolderInvoice(f.ctx, own.id)).toBeNull();
    expect(moduleVisibility(customerActor(f.ctx).actor, "INVOICES")).toBe("notReleased");
  });

  it("leaves out invoices on contracts of a module that is not released", async () => {
    const f = await privateFolder({ INVOICES: "READ" });
    const hiddenContract = await createContract(f.tenant.id, f.customer.id, { module: "INSURANCE" });
    await invoice(f.tenant.id, f.customer.id, { contractId: hiddenContract.id });
    const general = await invoice(f.tenant.id, f.customer.id, { contractId: null });
    expect(ids((await listFolderInvoices(f.ctx)).items)).toEqual([general.id]);
  });

  it("shows an open invoice past its due date as overdue and filters by the status the badge shows", async () => {
    freezeClock(FROZEN);
    const f = await privateFolder({ INVOICES: "READ" });
    const pastDue = await invoice(f.tenant.id, f.customer.id, { dueDate: "2026-03-09" });
    const dueToday = await invoice(f.tenant.id, f.customer.id, { dueDate: "2026-03-10" });
    const marked = await invoice(f.tenant.id, f.customer.id, { dueDate: "2026-02-01", status: "OVERDUE" });
    const paid = await invoice(f.tenant.id, f.customer.id, { dueDate: "2026-01-01", status: "PAID" });

    const all = await listFolderInvoices(f.ctx);
    expect(Object.fromEntries(all.items.map((i) => [i.id, [i.status, i.shownStatus]]))).toEqual({
      [pastDue.id]: ["OPEN", "OVERDUE"],
      [dueToday.id]: ["OPEN", "OPEN"],
      [marked.id]: ["OVERDUE", "OVERDUE"],
      [paid.id]: ["PAID", "PAID"],
    });
    expect(ids((await listFolderInvoices(f.ctx, { status: "OVERDUE" })).items)).toEqual(ids([pastDue, marked]));
    expect(ids((await listFolderInvoices(f.ctx, { status: "OPEN" })).items)).toEqual([dueToday.id]);
    expect(ids((await listFolderInvoices(f.ctx, { status: "PAID" })).items)).toEqual([paid.id]);
    expect((await listFolderInvoices(f.ctx, { status: "CANCELLED" })).items).toEqual([]);
  });

  it("links the PDF only when the document rule lets the customer open it", async () => {
    const f = await privateFolder({ INSURANCE: "READ", INVOICES: "READ" });
    const contract = await createContract(f.tenant.id, f.customer.id);
    const visibleDoc = await createDocument(f.tenant.id, f.customer.id, { contractId: contract.id, category: "INVOICE" });
    const hiddenDoc = await createDocument(f.tenant.id, f.customer.id, {
      contractId: contract.id,
      category: "INVOICE",
      isVisibleToCustomer: false,
    });
    const withPdf = await invoice(f.tenant.id, f.customer.id, { contractId: contract.id });
    const withHiddenPdf = await invoice(f.tenant.id, f.customer.id, { contractId: contract.id });
    await db.premiumInvoice.update({ where: { id: withPdf.id }, data: { documentId: visibleDoc.id } });
    await db.premiumInvoice.update({ where: { id: withHiddenPdf.id }, data: { documentId: hiddenDoc.id } });

    const page = await listFolderInvoices(f.ctx);
    expect(Object.fromEntries(page.items.map((i) => [i.id, i.documentId]))).toEqual({
      [withPdf.id]: visibleDoc.id,
      [withHiddenPdf.id]: null,
    });
    expect((await getFolderInvoice(f.ctx, withPdf.id))?.documentId).toBe(visibleDoc.id);
    expect((await getFolderInvoice(f.ctx, withHiddenPdf.id))?.documentId).toBeNull();
  });

  it("withholds amounts when the office hides financial data", async () => {
    const tenant = await createTenant({ portalHideFinancials: true });
    const customer = await createCustomer(tenant.id);
    const user = await createCustomerUser(tenant.id, customer.id);
    await db.moduleRelease.create({ data: { tenantId: tenant.id, customerId: customer.id, module: "INVOICES", level: "READ" } });
    await invoice(tenant.id, customer.id);
    const page = await listFolderInvoices(await contextFor(user.id));
    expect(page.amountsWithheld).toBe(true);
    expect(page.items.map((i) => i.amount)).toEqual([null]);
  });

  it("pages through all invoices once each, latest due first; a cursor outside the list starts at the top", async () => {
    const f = await privateFolder({ INVOICES: "READ" });
    const created = [];
    for (const due of ["2026-01-10", "2026-02-10", "2026-03-10", "2026-04-10", "2026-05-10"])
      created.push(await invoice(f.tenant.id, f.customer.id, { dueDate: due }));
    // two invoices due the same day: the id decides, so none is skipped or repeated
    created.push(await invoice(f.tenant.id, f.customer.id, { dueDate: "2026-03-10" }));

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listFolderInvoices(f.ctx, { take: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect([...seen].sort()).toEqual(ids(created));
    const dues = await db.premiumInvoice.findMany({ where: { id: { in: seen } }, select: { id: true, dueDate: true } });
    const dueOf = new Map(dues.map((d) => [d.id, d.dueDate.getTime()]));
    const order = seen.map((id) => dueOf.get(id)!);
    expect(order).toEqual([...order].sort((a, b) => b - a));

    const stranger = await createCustomer(f.tenant.id);
    const foreign = await invoice(f.tenant.id, stranger.id);
    const fromForeignCursor = await listFolderInvoices(f.ctx, { take: 2, cursor: foreign.id });
    expect(fromForeignCursor.items.map((i) => i.id)).toEqual(seen.slice(0, 2));
  });

  it("refuses staff and requests without a context", async () => {
    const tenant = await createTenant();
    const staff = await createStaff(tenant.id, { role: "owner" });
    await expect(listFolderInvoices(await contextFor(staff.id))).rejects.toThrow(AccessDeniedError);
    await expect(listFolderInvoices(null)).rejects.toThrow(AccessDeniedError);
    await expect(listFolderObjects(null)).rejects.toThrow(AccessDeniedError);
  });
});

describe("insured objects of a private customer", () => {
  it("lists the folder's objects with their contract while INSURANCE is released, never another customer's", async () => {
    const f = await privateFolder({ INSURANCE: "READ" });
    const contract = await createContract(f.tenant.id, f.customer.id, { policyNumber: "KFZ-1" });
    const van = await insuredObject(f.tenant.id, f.customer.id, contract.id, "VW Crafter");
    const house = await db.insuredObject.create({
      data: {
        tenantId: f.tenant.id,
        customerId: f.customer.id,
        kind: "BUILDING",
        name: "Wohnhaus",
        street: "Hauptstraße 1",
        postalCode: "80331",
        city: "München",
      },
    });
    const removed = await insuredObject(f.tenant.id, f.customer.id, contract.id, "Alt");
    await db.insuredObject.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
    const stranger = await createCustomer(f.tenant.id);
    await insuredObject(f.tenant.id, stranger.id, null);

    const page = await listFolderObjects(f.ctx);
    // grouped by kind: vehicles first, then buildings
    expect(page.items.map((o) => o.id)).toEqual([van.id, house.id]);
    expect(page.items[0]).toMatchObject({
      kind: "VEHICLE",
      name: "VW Crafter",
      licensePlate: "M-XY 123",
      vin: "WVWZZZ1JZXW000001",
      contract: { id: contract.id, policyNumber: "KFZ-1" },
      companyName: null,
    });
    expect(page.items[1]).toMatchObject({ street: "Hauptstraße 1", postalCode: "80331", city: "München", contract: null });
    expect(page.counts).toEqual({ VEHICLE: 1, BUILDING: 1, MACHINE: 0, OTHER: 0 });
    expect(ids((await listFolderObjects(f.ctx, { kind: "BUILDING" })).items)).toEqual([house.id]);
    // the filter narrows the list, not the counts
    expect((await listFolderObjects(f.ctx, { kind: "BUILDING" })).counts.VEHICLE).toBe(1);
    expect(await loadPortalShell(customerActor(f.ctx))).toMatchObject({
      isCompany: false,
      isUserManager: false,
      companyName: null,
      showInsuredObjects: true,
    });
  });

  it("shows no objects and offers no objects section while INSURANCE is hidden", async () => {
    const f = await privateFolder({ INVOICES: "READ" });
    await insuredObject(f.tenant.id, f.customer.id, null);
    expect((await listFolderObjects(f.ctx)).items).toEqual([]);
    expect((await loadPortalShell(customerActor(f.ctx))).showInsuredObjects).toBe(false);
    expect(moduleVisibility(customerActor(f.ctx).actor, "INSURANCE")).toBe("notReleased");
  });

  it("offers the objects section to a private customer only when there is an object", async () => {
    const f = await privateFolder({ INSURANCE: "READ" });
    expect((await loadPortalShell(customerActor(f.ctx))).showInsuredObjects).toBe(false);
    await insuredObject(f.tenant.id, f.customer.id, null);
    expect((await loadPortalShell(customerActor(f.ctx))).showInsuredObjects).toBe(true);
  });

  it("pages through objects by kind and name", async () => {
    const f = await privateFolder({ INSURANCE: "READ" });
    const names = ["Audi A4", "BMW X1", "Citroën Jumper", "Dacia Duster", "Ford Transit"];
    for (const name of names.toReversed()) await insuredObject(f.tenant.id, f.customer.id, null, name);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listFolderObjects(f.ctx, { take: 2, cursor });
      seen.push(...page.items.map((o) => o.name));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(names);
    expect(pages).toBe(3);
  });
});

describe("company users", () => {
  let world: CompanyWorld;
  beforeAll(async () => {
    world = await buildCompanyWorld();
  });

  const invoiceKeys = async (ctx: RequestContext) => {
    const page = await listFolderInvoices(ctx, { take: 100 });
    return keysOf(
      world,
      "invoice",
      page.items.map((i) => i.id),
    );
  };
  const objectKeys = async (ctx: RequestContext) => {
    const page = await listFolderObjects(ctx, { take: 200 });
    return keysOf(
      world,
      "object",
      page.items.map((o) => o.id),
    );
  };

  it("a fleet manager sees the invoices and vehicles of motor contracts only", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    expect(await invoiceKeys(ctx)).toEqual(["hMotor"]);
    expect(await objectKeys(ctx)).toEqual(["hMotor"]);
    const objects = await listFolderObjects(ctx);
    expect(objects.items.map((o) => o.kind)).toEqual(["VEHICLE"]);
    expect(objects.counts).toEqual({ VEHICLE: 1, BUILDING: 0, MACHINE: 0, OTHER: 0 });
    expect(objects.items[0]!.contract?.id).toBe(world.contractIds.hMotor);
    expect(objects.showCompany).toBe(false);
  });

  it("full access sees every invoice and object of the own company, confidential and contract-less ones too", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FULL_ACCESS"]);
    const own = ["hBav", "hHealth", "hMotor", "hLiab", "hFire", "hMachine", "hNoLine", "hDo", "h:none"].sort();
    expect(await invoiceKeys(ctx)).toEqual(own);
    expect(await objectKeys(ctx)).toEqual(own);
    const counts = (await listFolderObjects(ctx)).counts;
    expect(counts).toEqual({ VEHICLE: 1, BUILDING: 2, MACHINE: 1, OTHER: 5 });
    expect((await listFolderInvoices(ctx)).showCompany).toBe(false);
  });

  it("other lines see buildings and machines but no vehicles, pension or confidential items", async () => {
    const { ctx } = await companyUser(world.companies.h, ["OTHER_LINES"]);
    expect(await objectKeys(ctx)).toEqual(["hFire", "hLiab", "hMachine", "hNoLine"]);
    expect(await invoiceKeys(ctx)).toEqual(["hFire", "hLiab", "hMachine", "hNoLine"]);
  });

  it("a group manager sees the subsidiaries' items too, each named with its company", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FLEET_MANAGER", "GROUP_MANAGER"]);
    expect(await invoiceKeys(ctx)).toEqual(["hMotor", "sMotor"]);
    expect(await objectKeys(ctx)).toEqual(["hMotor", "sMotor"]);
    const invoices = await listFolderInvoices(ctx);
    expect(invoices.showCompany).toBe(true);
    const companyOf = Object.fromEntries(invoices.items.map((i) => [world.keys.invoice.get(i.id), i.companyName]));
    expect(companyOf).toEqual({ hMotor: world.companies.h.companyName, sMotor: world.companies.s.companyName });
    const objects = await listFolderObjects(ctx);
    expect(objects.showCompany).toBe(true);
    expect(objects.items.map((o) => o.companyName).sort()).toEqual(
      [world.companies.h.companyName, world.companies.s.companyName].sort(),
    );
  });

  it("a group manager with full access sees all levels below, never an unrelated company or another office", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FULL_ACCESS", "GROUP_MANAGER"]);
    const keys = await invoiceKeys(ctx);
    expect(keys).toEqual(expect.arrayContaining(["sMotor", "sLiab", "ssFire", "h:none"]));
    expect(keys.filter((k) => k.startsWith("x") || k.startsWith("o") || k.startsWith("foreign"))).toEqual([]);
    const objects = await objectKeys(ctx);
    expect(objects.filter((k) => k.startsWith("x") || k.startsWith("o") || k.startsWith("foreign"))).toEqual([]);
    expect(objects).toEqual(expect.arrayContaining(["sMotor", "ssFire"]));
  });

  it("a subsidiary's user without group manager sees only the own company's items", async () => {
    const { ctx } = await companyUser(world.companies.s, ["FULL_ACCESS"]);
    expect(await invoiceKeys(ctx)).toEqual(["sLiab", "sMotor"]);
    expect(await objectKeys(ctx)).toEqual(["sLiab", "sMotor"]);
  });

  it("opens no other company's invoice by id", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FULL_ACCESS"]);
    for (const { id, key } of world.idsOf("invoice")) {
      const found = await getFolderInvoice(ctx, id);
      expect([key, found !== null]).toEqual([key, key.startsWith("h")]);
    }
  });

  it("a user manager alone sees no invoices or objects and gets the contacts-only shell", async () => {
    const { ctx } = await companyUser(world.companies.h, ["USER_MANAGER"]);
    expect(await invoiceKeys(ctx)).toEqual([]);
    expect(await objectKeys(ctx)).toEqual([]);
    const actor = customerActor(ctx);
    expect(moduleVisibility(actor.actor, "INVOICES")).toBe("noAccess");
    expect(moduleVisibility(actor.actor, "INSURANCE")).toBe("noAccess");
    expect(await loadPortalShell(actor)).toMatchObject({
      isCompany: true,
      isUserManager: true,
      companyName: world.companies.h.companyName,
      showInsuredObjects: false,
      inHousehold: false,
    });
    const home = await loadPortalHome(ctx);
    expect(home.company).toEqual({
      name: world.companies.h.companyName,
      roles: ["USER_MANAGER"],
      isUserManager: true,
      seesData: false,
    });
    expect(home.summary).toBeNull();
    expect(home.deadlines).toBeNull();
    expect(home.documents).toEqual([]);
    expect(home.actions).toMatchObject({ reportClaim: false, uploadDocument: false, changeProfile: false });
  });

  it("a fleet manager's shell offers objects and the start page names the company and the roles", async () => {
    const { ctx } = await companyUser(world.companies.h, ["FLEET_MANAGER"]);
    const shell = await loadPortalShell(customerActor(ctx));
    expect(shell).toMatchObject({
      isCompany: true,
      isUserManager: false,
      companyName: world.companies.h.companyName,
      showInsuredObjects: true,
    });
    const home = await loadPortalHome(ctx);
    expect(home.company).toEqual({
      name: world.companies.h.companyName,
      roles: ["FLEET_MANAGER"],
      isUserManager: false,
      seesData: true,
    });
    expect(moduleVisibility(customerActor(ctx).actor, "INVOICES")).toBe("visible");
  });

  it("follows each company's own release: a hidden INVOICES release of the subsidiary hides only its invoices", async () => {
    const local = await buildCompanyWorld();
    await setRelease(local.companies.s, "INVOICES", "HIDDEN");
    await setRelease(local.companies.h, "INSURANCE", "HIDDEN");
    const { ctx } = await companyUser(local.companies.h, ["FLEET_MANAGER", "GROUP_MANAGER"] satisfies CompanyRole[]);
    const invoices = await listFolderInvoices(ctx, { take: 100 });
    // h's invoices sit on contracts of the INSURANCE module, which h hides: none of h's; s hides INVOICES
    expect(
      keysOf(
        local,
        "invoice",
        invoices.items.map((i) => i.id),
      ),
    ).toEqual([]);
    const objects = await listFolderObjects(ctx, { take: 100 });
    expect(
      keysOf(
        local,
        "object",
        objects.items.map((o) => o.id),
      ),
    ).toEqual(["sMotor"]);
    // INSURANCE is still released by the subsidiary: the section is offered
    expect((await loadPortalShell(customerActor(ctx))).showInsuredObjects).toBe(true);
  });
});
