import { afterEach, describe, expect, it } from "vitest";
import { freezeClock } from "@/lib/clock";
import type { RequestContext } from "@/lib/data/context/types";
import { loadPortalHome } from "@/lib/data/portal/load-portal-home";
import { listLatestNotifications } from "@/lib/data/portal/list-latest-notifications";
import { listUpcomingDeadlines } from "@/lib/data/portal/list-upcoming-deadlines";
import { summarizeContracts } from "@/lib/data/portal/summarize-contracts";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { db, type Prisma } from "@/lib/db/client";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

// 10.03.2026, mid-morning in Berlin: the window of the next 90 days ends on 08.06.2026.
const FROZEN = new Date("2026-03-10T09:30:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

afterEach(() => freezeClock(null));

type Setup = {
  tenant?: Partial<Prisma.TenantUncheckedCreateInput>;
  releases?: Partial<Record<PortalModule, ReleaseLevel>>;
  customer?: Partial<Prisma.CustomerUncheckedCreateInput>;
};

/** A tenant with one customer who can sign in; releases default to INSURANCE READ only. */
async function folder({ tenant: tenantData = {}, releases = { INSURANCE: "READ" }, customer: customerData = {} }: Setup = {}) {
  const tenant = await createTenant(tenantData);
  const customer = await createCustomer(tenant.id, customerData);
  const user = await createCustomerUser(tenant.id, customer.id, { firstName: "Max", lastName: "Mustermann" });
  await db.moduleRelease.createMany({
    data: Object.entries(releases).map(([module, level]) => ({
      tenantId: tenant.id,
      customerId: customer.id,
      module: module as PortalModule,
      level,
    })),
  });
  const ctx = await contextFor(user.id);
  freezeClock(FROZEN);
  return { tenant, customer, user, ctx };
}

const deadlineRows = async (ctx: RequestContext) =>
  (await listUpcomingDeadlines(ctx)).map((d) => [d.kind, d.contract.policyNumber, iso(d.date)]);

describe("start page: upcoming deadlines", () => {
  it("computes expiry, main due date and cancellation deadline of active contracts at a frozen date", async () => {
    const { tenant, customer, ctx } = await folder();
    const c = (policyNumber: string, data: Partial<Prisma.ContractUncheckedCreateInput>) =>
      createContract(tenant.id, customer.id, { policyNumber, ...data });
    await c("EXPIRES", { endDate: day("2026-05-31"), noticePeriodMonths: 1 });
    await c("MAIN-DUE", { mainDueMonth: 6, mainDueDay: 1, noticePeriodMonths: 3 });
    await c("NEXT-YEAR", { mainDueMonth: 1, mainDueDay: 1, noticePeriodMonths: 3 });
    await c("LEAP", { mainDueMonth: 2, mainDueDay: 29, noticePeriodMonths: 0, startDate: day("2024-02-29") });
    await c("ENDS-FIRST", { endDate: day("2026-08-31"), mainDueMonth: 10, mainDueDay: 1, noticePeriodMonths: 3 });
    await c("CANCELLED", { status: "CANCELLED", endDate: day("2026-04-01") });
    await c("LATER", { endDate: day("2026-06-09") });

    expect(await deadlineRows(ctx)).toEqual([
      ["CANCELLATION", "EXPIRES", "2026-04-30"],
      ["CANCELLATION", "ENDS-FIRST", "2026-05-31"],
      ["EXPIRY", "EXPIRES", "2026-05-31"],
      ["MAIN_DUE", "MAIN-DUE", "2026-06-01"],
    ]);
    const [first] = await listUpcomingDeadlines(ctx);
    expect(first?.inDays).toBe(51);
  });

  it("never lists contracts of hidden modules or of other customers", async () => {
    const { tenant, customer, ctx } = await folder({ releases: { INSURANCE: "READ", FINANCE: "HIDDEN" } });
    await createContract(tenant.id, customer.id, { policyNumber: "VISIBLE", endDate: day("2026-04-15") });
    await createContract(tenant.id, customer.id, { module: "FINANCE", policyNumber: "FIN", endDate: day("2026-04-15") });
    await createContract(tenant.id, customer.id, { module: "EMERGENCY", policyNumber: "EMG", endDate: day("2026-04-15") });
    const neighbour = await createCustomer(tenant.id);
    await createContract(tenant.id, neighbour.id, { policyNumber: "NEIGHBOUR", endDate: day("2026-04-15") });
    const other = await createTenant();
    const stranger = await createCustomer(other.id);
    await createContract(other.id, stranger.id, { policyNumber: "STRANGER", endDate: day("2026-04-15") });

    expect(await deadlineRows(ctx)).toEqual([["EXPIRY", "VISIBLE", "2026-04-15"]]);
  });

  it("derives no expiry and no cancellation deadline from end dates the broker hides", async () => {
    const { tenant, customer, ctx } = await folder({ tenant: { portalHideExpiryDates: true } });
    await createContract(tenant.id, customer.id, { policyNumber: "END", endDate: day("2026-04-15"), noticePeriodMonths: 0 });
    await createContract(tenant.id, customer.id, {
      policyNumber: "DUE",
      endDate: day("2026-05-15"),
      mainDueMonth: 7,
      mainDueDay: 1,
      noticePeriodMonths: 3,
    });
    // with the end date, DUE would get a cancellation deadline of 15.02 (passed) and an expiry on 15.05
    expect(await deadlineRows(ctx)).toEqual([["CANCELLATION", "DUE", "2026-04-01"]]);
  });
});

describe("start page: contract summary", () => {
  it("counts visible contracts per released module only", async () => {
    const { tenant, customer, ctx } = await folder({
      releases: { INSURANCE: "READ", OTHER_CONTRACTS: "WRITE", FINANCE: "HIDDEN" },
    });
    await createContract(tenant.id, customer.id);
    await createContract(tenant.id, customer.id, { status: "EXPIRED" });
    await createContract(tenant.id, customer.id, { module: "FINANCE", grossPremium: "1000.00" });
    await createContract(tenant.id, customer.id, { module: "EMERGENCY" });
    await createContract(tenant.id, customer.id, { deletedAt: new Date() });
    await createContract(tenant.id, (await createCustomer(tenant.id)).id);

    const summary = await summarizeContracts(ctx);
    expect(summary?.modules).toEqual([
      { module: "INSURANCE", count: 2 },
      { module: "OTHER", count: 0 },
    ]);
    // FINANCE (1000.00 yearly) is hidden, the expired contract is not active: only 59.90 remains
    expect(summary?.premiums?.totals).toEqual([{ currency: "EUR", annualCents: 5990 }]);
  });

  it("normalises the yearly premium total across payment frequencies, per currency", async () => {
    const { tenant, customer, ctx } = await folder();
    const c = (data: Partial<Prisma.ContractUncheckedCreateInput>) => createContract(tenant.id, customer.id, data);
    await c({ grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    await c({ grossPremium: "182.07", paymentFrequency: "HALF_YEARLY" });
    await c({ grossPremium: "30.00", paymentFrequency: "QUARTERLY" });
    await c({ grossPremium: "5000.00", paymentFrequency: "SINGLE" });
    await c({ grossPremium: "12.00", paymentFrequency: null });
    await c({ grossPremium: null, paymentFrequency: "YEARLY" });
    await c({ grossPremium: "99.00", paymentFrequency: "MONTHLY", status: "CANCELLED" });
    await c({ grossPremium: "100.00", paymentFrequency: "YEARLY", currency: "CHF" });

    const premiums = (await summarizeContracts(ctx))?.premiums;
    expect(premiums).toEqual({
      // 648,00 + 364,14 + 120,00
      totals: [
        { currency: "CHF", annualCents: 10000 },
        { currency: "EUR", annualCents: 113214 },
      ],
      singlePremiumCount: 1,
      unknownFrequencyCount: 1,
    });
  });

  it("shows 648,00 for a single monthly premium of 54,00", async () => {
    const { tenant, customer, ctx } = await folder();
    await createContract(tenant.id, customer.id, { grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    expect((await summarizeContracts(ctx))?.premiums?.totals).toEqual([{ currency: "EUR", annualCents: 64800 }]);
  });

  it("computes no premium total when the broker hides financial data", async () => {
    const { tenant, customer, ctx } = await folder({ tenant: { portalHideFinancials: true } });
    await createContract(tenant.id, customer.id, { grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    const summary = await summarizeContracts(ctx);
    expect(summary?.premiums).toBeNull();
    expect(summary?.modules).toEqual([{ module: "INSURANCE", count: 1 }]);
    expect(JSON.stringify(await loadPortalHome(ctx))).not.toContain("64800");
  });

  it("has no summary and no deadlines when no contract module is released", async () => {
    const { tenant, customer, ctx } = await folder({ releases: { PROFILE: "WRITE" } });
    await createContract(tenant.id, customer.id, { endDate: day("2026-04-01") });
    const home = await loadPortalHome(ctx);
    expect(home.summary).toBeNull();
    expect(home.deadlines).toBeNull();
  });
});

describe("start page: notifications, contact and quick actions", () => {
  it("shows the signed-in person's newest five unread notifications, never another customer's or tenant's", async () => {
    const { tenant, user, ctx } = await folder();
    const note = (
      userId: string,
      tenantId: string,
      title: string,
      minutesAgo: number,
      extra: Partial<Prisma.NotificationUncheckedCreateInput> = {},
    ) =>
      db.notification.create({
        data: {
          tenantId,
          userId,
          type: "document.added",
          title,
          link: "/portal/documents",
          createdAt: new Date(FROZEN.getTime() - minutesAgo * 60_000),
          ...extra,
        },
      });
    for (let i = 1; i <= 6; i++) await note(user.id, tenant.id, `Eigene ${i}`, i);
    await note(user.id, tenant.id, "Gelesen", 0, { readAt: FROZEN });
    const sibling = await createCustomerUser(tenant.id, (await createCustomer(tenant.id)).id);
    await note(sibling.id, tenant.id, "Nachbar", 0);
    const other = await createTenant();
    const stranger = await createCustomerUser(other.id, (await createCustomer(other.id)).id);
    await note(stranger.id, other.id, "Fremder Makler", 0);

    const home = await loadPortalHome(ctx);
    expect(home.notifications.map((n) => n.title)).toEqual(["Eigene 1", "Eigene 2", "Eigene 3", "Eigene 4", "Eigene 5"]);
  });

  it("links notifications only into the portal", async () => {
    const { tenant, user, ctx } = await folder();
    const links = [
      "/portal/claims/abc",
      "https://evil.example/portal",
      "//evil.example",
      "/portal//evil.example",
      "/broker/x",
      null,
    ];
    for (const link of links)
      await db.notification.create({ data: { tenantId: tenant.id, userId: user.id, type: "x", title: String(link), link } });
    const items = await listLatestNotifications(ctx, { take: 10 });
    expect(items).toHaveLength(links.length);
    expect(items.map((n) => n.href).filter((h) => h !== "/portal/notifications")).toEqual(["/portal/claims/abc"]);
  });

  it("shows the advisor and the own office; only the office when no active advisor is assigned", async () => {
    const tenant = await createTenant({ contactPhone: "+49 30 1234567", officeHours: "Mo–Fr 9–17 Uhr", city: "Berlin" });
    const advisor = await createStaff(tenant.id, { role: "advisor", firstName: "Anna", lastName: "Berater", phone: "+4930999" });
    const withAdvisor = await createCustomer(tenant.id, { advisorId: advisor.id });
    const ctx = await contextFor((await createCustomerUser(tenant.id, withAdvisor.id)).id);
    const { contact } = await loadPortalHome(ctx);
    expect(contact.advisor).toEqual({ firstName: "Anna", lastName: "Berater", email: advisor.email, phone: "+4930999" });
    expect(contact.office).toMatchObject({ name: tenant.name, phone: "+49 30 1234567", officeHours: "Mo–Fr 9–17 Uhr" });

    await db.user.update({ where: { id: advisor.id }, data: { status: "DISABLED" } });
    const after = await loadPortalHome(ctx);
    expect(after.contact.advisor).toBeNull();
    expect(after.actions.messageHref).toBeNull();
  });

  it("offers quick actions by release and none that write in the broker's preview", async () => {
    const { tenant, customer, ctx } = await folder({
      tenant: { contactEmail: "buero@makler.example" },
      releases: { INSURANCE: "READ", CLAIMS: "WRITE", PROFILE: "READ" },
    });
    const own = await loadPortalHome(ctx);
    expect(own.greetingName).toBe("Max Mustermann");
    expect(own.actions).toEqual({
      messageHref: "mailto:buero@makler.example",
      reportClaim: true,
      uploadDocument: true,
      changeProfile: false,
    });
    freezeClock(null);
    const owner = await createStaff(tenant.id, { role: "owner" });
    const preview = await customerPreviewContext(await contextFor(owner.id), customer.id);
    const seen = await loadPortalHome(preview);
    expect(seen.actions).toMatchObject({ reportClaim: false, uploadDocument: false, changeProfile: false });
    expect(seen.greetingName).toBe("Max Mustermann");
  });

  it("offers the portal's message form only to a customer who may write there, else the mailto", async () => {
    const { tenant, customer, user, ctx } = await folder({
      tenant: { contactEmail: "buero@makler.example" },
      releases: { INSURANCE: "READ", COMMUNICATION: "WRITE" },
    });
    expect((await loadPortalHome(ctx)).actions.messageHref).toBe("/portal/messages/new");

    await db.moduleRelease.updateMany({
      where: { tenantId: tenant.id, customerId: customer.id, module: "COMMUNICATION" },
      data: { level: "READ" },
    });
    const readOnly = await loadPortalHome(await contextFor(user.id));
    expect(readOnly.actions.messageHref).toBe("mailto:buero@makler.example");

    // the broker's preview never offers writing, even with a WRITE release
    await db.moduleRelease.updateMany({
      where: { tenantId: tenant.id, customerId: customer.id, module: "COMMUNICATION" },
      data: { level: "WRITE" },
    });
    freezeClock(null);
    const owner = await createStaff(tenant.id, { role: "owner" });
    const preview = await customerPreviewContext(await contextFor(owner.id), customer.id);
    expect((await loadPortalHome(preview)).actions.messageHref).toBe("mailto:buero@makler.example");
  });
});
