import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { getPortalContract } from "@/lib/data/portal/get-portal-contract";
import { setPortalDisplay } from "@/lib/data/releases/set-portal-display";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { parsePortalContractFilter } from "@/lib/validation/portal-contract-filter";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
} from "../setup/factories";
import { contextFor } from "../setup/request-context";

/** An office with one customer who has a portal login and the given releases. */
async function folder(releases: Partial<Record<PortalModule, ReleaseLevel>>, tenantSettings = {}) {
  const tenant = await createTenant(tenantSettings);
  const customer = await createCustomer(tenant.id);
  const login = await createCustomerUser(tenant.id, customer.id);
  for (const [module, level] of Object.entries(releases)) {
    await db.moduleRelease.create({
      data: { tenantId: tenant.id, customerId: customer.id, module: module as PortalModule, level: level as ReleaseLevel },
    });
  }
  return { tenantId: tenant.id, customerId: customer.id, loginId: login.id };
}

async function line(tenantId: string, code: string, name: string, nameEn?: string) {
  return db.lineOfBusiness.create({ data: { tenantId, code, name, nameEn } });
}

describe("contract list in the portal", () => {
  it("shows only the own folder's contracts of released modules, never other customers' or tenants'", async () => {
    const f = await folder({ INSURANCE: "READ", OTHER_CONTRACTS: "WRITE", FINANCE: "HIDDEN" });
    const insurance = await createContract(f.tenantId, f.customerId, { module: "INSURANCE" });
    const other = await createContract(f.tenantId, f.customerId, { module: "OTHER", origin: "CUSTOMER" });
    await createContract(f.tenantId, f.customerId, { module: "FINANCE" });
    await createContract(f.tenantId, f.customerId, { module: "EMERGENCY" });
    const neighbour = await createCustomer(f.tenantId);
    await createContract(f.tenantId, neighbour.id, { module: "INSURANCE" });
    const otherTenant = await folder({ INSURANCE: "READ" });
    await createContract(otherTenant.tenantId, otherTenant.customerId, { module: "INSURANCE" });

    const items = await listVisibleContracts(await contextFor(f.loginId));
    expect(items.map((c) => c.id).sort()).toEqual([insurance.id, other.id].sort());
    expect(items.find((c) => c.id === other.id)?.origin).toBe("CUSTOMER");
  });

  it("drops a deleted contract from the list and from the contract page", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const contract = await createContract(f.tenantId, f.customerId);
    await db.contract.update({ where: { id: contract.id }, data: { deletedAt: new Date() } });
    const ctx = await contextFor(f.loginId);
    expect(await listVisibleContracts(ctx)).toEqual([]);
    expect(await getPortalContract(ctx, contract.id)).toBeNull();
  });

  it("counts only the documents the customer may see", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const contract = await createContract(f.tenantId, f.customerId);
    await createDocument(f.tenantId, f.customerId, { contractId: contract.id });
    await createDocument(f.tenantId, f.customerId, { contractId: contract.id, isVisibleToCustomer: false });
    await createDocument(f.tenantId, f.customerId, { contractId: contract.id, deletedAt: new Date() });
    const [item] = await listVisibleContracts(await contextFor(f.loginId));
    expect(item?.documentCount).toBe(1);
    expect((await getPortalContract(await contextFor(f.loginId), contract.id))?.documentCount).toBe(1);
  });

  it("filters by line of business and by status", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const liability = await line(f.tenantId, "040", "Haftpflicht", "Liability");
    const contents = await line(f.tenantId, "130", "Hausrat", "Household contents");
    const activeLiability = await createContract(f.tenantId, f.customerId, { lineId: liability.id });
    const cancelledLiability = await createContract(f.tenantId, f.customerId, { lineId: liability.id, status: "CANCELLED" });
    const activeContents = await createContract(f.tenantId, f.customerId, { lineId: contents.id });
    const ctx = await contextFor(f.loginId);
    const ids = async (filter: Parameters<typeof listVisibleContracts>[1]) =>
      (await listVisibleContracts(ctx, filter)).map((c) => c.id).sort();

    expect(await ids({ lineCode: "040" })).toEqual([activeLiability.id, cancelledLiability.id].sort());
    expect(await ids({ status: "ACTIVE" })).toEqual([activeLiability.id, activeContents.id].sort());
    expect(await ids({ lineCode: "040", status: "CANCELLED" })).toEqual([cancelledLiability.id]);
    expect(await ids({ lineCode: "999" })).toEqual([]);
    expect((await listVisibleContracts(ctx, { lineCode: "130" }))[0]).toMatchObject({
      lineName: "Hausrat",
      lineNameEn: "Household contents",
    });
  });

  it("a line filter never reaches another customer's contracts", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const liability = await line(f.tenantId, "040", "Haftpflicht");
    const neighbour = await createCustomer(f.tenantId);
    await createContract(f.tenantId, neighbour.id, { lineId: liability.id });
    expect(await listVisibleContracts(await contextFor(f.loginId), { lineCode: "040" })).toEqual([]);
  });
});

describe("contract filter in the address", () => {
  const known = ["040", "130"];

  it("reads line and status, empty values meaning all", () => {
    expect(parsePortalContractFilter({ line: "040", status: "ACTIVE" }, known)).toEqual({
      filter: { line: "040", status: "ACTIVE" },
      wasReset: false,
    });
    expect(parsePortalContractFilter({ line: "", status: "" }, known)).toEqual({ filter: {}, wasReset: false });
    expect(parsePortalContractFilter({}, known)).toEqual({ filter: {}, wasReset: false });
  });

  it("resets an unknown status, a line the customer has no contract in, repeated or malformed params", () => {
    for (const params of [
      { status: "DELETED" },
      { line: "999" },
      { line: ["040", "130"] },
      { line: "<script>" },
      { status: ["ACTIVE"] },
    ]) {
      expect(parsePortalContractFilter(params, known)).toEqual({ filter: {}, wasReset: true });
    }
  });
});

describe("contract page loader", () => {
  it("gives every field the customer may see, including main due date, notice period and payment method", async () => {
    const f = await folder({ INSURANCE: "WRITE" });
    const liability = await line(f.tenantId, "040", "Haftpflicht");
    const contract = await createContract(f.tenantId, f.customerId, {
      lineId: liability.id,
      policyNumber: "PH-123",
      product: "Privathaftpflicht Komfort",
      endDate: new Date("2030-01-01"),
      mainDueDay: 1,
      mainDueMonth: 4,
      noticePeriodMonths: 3,
      sumInsured: "10000000.00",
      grossPremium: "54.00",
      paymentFrequency: "MONTHLY",
      paymentMethod: "SEPA_DIRECT_DEBIT",
      notes: "interne Notiz des Maklers",
    });
    const detail = await getPortalContract(await contextFor(f.loginId), contract.id);
    expect(detail).toMatchObject({
      id: contract.id,
      lineCode: "040",
      lineName: "Haftpflicht",
      policyNumber: "PH-123",
      product: "Privathaftpflicht Komfort",
      endDate: new Date("2030-01-01"),
      mainDue: { day: 1, month: 4 },
      noticePeriodMonths: 3,
      sumInsured: "10000000.00",
      grossPremium: "54.00",
      paymentFrequency: "MONTHLY",
      paymentMethod: "SEPA_DIRECT_DEBIT",
      withheld: { expiry: false, financials: false },
      canWrite: true,
    });
    // the broker's notes stay in the office
    expect(detail?.notes).toBeNull();
  });

  it("shows the customer's own note on a contract they added", async () => {
    const f = await folder({ OTHER_CONTRACTS: "WRITE" });
    const own = await createContract(f.tenantId, f.customerId, { module: "OTHER", origin: "CUSTOMER", notes: "Handyvertrag" });
    expect((await getPortalContract(await contextFor(f.loginId), own.id))?.notes).toBe("Handyvertrag");
  });

  it("offers no changes in a module released only for reading", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const contract = await createContract(f.tenantId, f.customerId);
    expect((await getPortalContract(await contextFor(f.loginId), contract.id))?.canWrite).toBe(false);
  });

  it("answers null for unknown, malformed, hidden-module, other customers' and other tenants' contract ids", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const hiddenModule = await createContract(f.tenantId, f.customerId, { module: "FINANCE" });
    const neighbour = await createCustomer(f.tenantId);
    const neighbours = await createContract(f.tenantId, neighbour.id);
    const otherTenant = await folder({ INSURANCE: "READ" });
    const foreign = await createContract(otherTenant.tenantId, otherTenant.customerId);
    const ctx = await contextFor(f.loginId);

    for (const id of [crypto.randomUUID(), "not-a-uuid", "", hiddenModule.id, neighbours.id, foreign.id]) {
      expect(await getPortalContract(ctx, id)).toBeNull();
    }
  });

  it("is for customers only", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const contract = await createContract(f.tenantId, f.customerId);
    const owner = await createStaff(f.tenantId, { role: "owner" });
    await expect(getPortalContract(await contextFor(owner.id), contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getPortalContract(null, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("office settings: hide expiry dates and financial data", () => {
  const figures = {
    endDate: new Date("2031-06-30"),
    sumInsured: "250000.00",
    grossPremium: "182.07",
    paymentFrequency: "HALF_YEARLY",
  } as const;

  it("withholds the end date from customers when expiry dates are hidden, but not from staff", async () => {
    const f = await folder({ INSURANCE: "READ" }, { portalHideExpiryDates: true });
    const contract = await createContract(f.tenantId, f.customerId, figures);
    const ctx = await contextFor(f.loginId);

    const [item] = await listVisibleContracts(ctx);
    expect(item).toMatchObject({ endDate: null, sumInsured: "250000.00", grossPremium: "182.07" });
    expect(await getPortalContract(ctx, contract.id)).toMatchObject({
      endDate: null,
      grossPremium: "182.07",
      withheld: { expiry: true, financials: false },
    });

    const owner = await createStaff(f.tenantId, { role: "owner" });
    const [staffItem] = await listVisibleContracts(await contextFor(owner.id), { customerId: f.customerId });
    expect(staffItem?.endDate).toEqual(figures.endDate);
  });

  it("withholds sums insured and premiums from customers when financial data is hidden, but not from staff", async () => {
    const f = await folder({ INSURANCE: "READ" }, { portalHideFinancials: true });
    const contract = await createContract(f.tenantId, f.customerId, figures);
    const ctx = await contextFor(f.loginId);

    const [item] = await listVisibleContracts(ctx);
    expect(item).toMatchObject({ sumInsured: null, grossPremium: null, endDate: figures.endDate });
    expect(await getPortalContract(ctx, contract.id)).toMatchObject({
      sumInsured: null,
      grossPremium: null,
      withheld: { expiry: false, financials: true },
    });

    const owner = await createStaff(f.tenantId, { role: "owner" });
    const [staffItem] = await listVisibleContracts(await contextFor(owner.id), { customerId: f.customerId });
    expect(staffItem).toMatchObject({ sumInsured: "250000.00", grossPremium: "182.07" });
  });

  it("lets an owner switch the settings, audits the changed setting names and applies them at once", async () => {
    const f = await folder({ INSURANCE: "READ" });
    await createContract(f.tenantId, f.customerId, figures);
    const owner = await createStaff(f.tenantId, { role: "owner" });
    const ownerCtx = await contextFor(owner.id);

    expect(await setPortalDisplay(ownerCtx, { hideExpiryDates: true, hideFinancials: false })).toEqual({
      ok: true,
      id: f.tenantId,
      changed: ["portalHideExpiryDates"],
    });
    expect((await listVisibleContracts(await contextFor(f.loginId)))[0]?.endDate).toBeNull();

    expect(await setPortalDisplay(ownerCtx, { hideExpiryDates: true, hideFinancials: true })).toMatchObject({
      changed: ["portalHideFinancials"],
    });
    expect((await listVisibleContracts(await contextFor(f.loginId)))[0]).toMatchObject({ endDate: null, grossPremium: null });

    // saving unchanged values changes and audits nothing
    expect(await setPortalDisplay(ownerCtx, { hideExpiryDates: true, hideFinancials: true })).toMatchObject({ changed: [] });

    const audits = await db.auditLog.findMany({
      where: { tenantId: f.tenantId, action: "tenant.portalDisplayChanged" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.data)).toEqual([{ changed: ["portalHideExpiryDates"] }, { changed: ["portalHideFinancials"] }]);
    expect(audits.every((a) => a.actorUserId === owner.id && a.entityId === f.tenantId)).toBe(true);
  });

  it("refuses the settings to staff other than owners and admins, and to customers", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const advisor = await createStaff(f.tenantId, { role: "advisor" });
    const admin = await createStaff(f.tenantId, { role: "admin" });
    const input = { hideExpiryDates: false, hideFinancials: true };
    await expect(setPortalDisplay(await contextFor(advisor.id), input)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(setPortalDisplay(await contextFor(f.loginId), input)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await db.tenant.findUniqueOrThrow({ where: { id: f.tenantId } })).toMatchObject({ portalHideFinancials: false });

    expect(await setPortalDisplay(await contextFor(admin.id), { hideExpiryDates: "yes" })).toEqual({
      ok: false,
      error: "common.errors.checkInput",
    });
    expect(await setPortalDisplay(await contextFor(admin.id), input)).toMatchObject({ ok: true });
  });

  it("changes only the own office's settings", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const other = await folder({ INSURANCE: "READ" });
    const owner = await createStaff(f.tenantId, { role: "owner" });
    await setPortalDisplay(await contextFor(owner.id), { hideExpiryDates: true, hideFinancials: true });
    expect(await db.tenant.findUniqueOrThrow({ where: { id: other.tenantId } })).toMatchObject({
      portalHideExpiryDates: false,
      portalHideFinancials: false,
    });
  });
});
