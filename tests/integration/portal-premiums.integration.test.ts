import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { loadPremiumOverview } from "@/lib/data/portal/load-premium-overview";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

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

const line = (tenantId: string, code: string, name: string) => db.lineOfBusiness.create({ data: { tenantId, code, name } });

describe("premium overview", () => {
  it("normalises premiums to a year per line of business: monthly 54,00 → 648,00, half-yearly 182,07 → 364,14", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const health = await line(f.tenantId, "020", "Kranken");
    const liability = await line(f.tenantId, "040", "Haftpflicht");
    const legal = await line(f.tenantId, "070", "Rechtsschutz");
    await createContract(f.tenantId, f.customerId, { lineId: health.id, grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    await createContract(f.tenantId, f.customerId, {
      lineId: liability.id,
      grossPremium: "182.07",
      paymentFrequency: "HALF_YEARLY",
    });
    await createContract(f.tenantId, f.customerId, {
      lineId: legal.id,
      grossPremium: "10.01",
      paymentFrequency: "QUARTERLY",
    });
    await createContract(f.tenantId, f.customerId, { lineId: legal.id, grossPremium: "299.99", paymentFrequency: "YEARLY" });

    const overview = await loadPremiumOverview(await contextFor(f.loginId));
    expect(overview?.groups).toEqual([
      {
        currency: "EUR",
        // largest first
        lines: [
          {
            lineCode: "020",
            lineName: "Kranken",
            lineNameEn: null,
            module: null,
            contractCount: 1,
            annualCents: 64800,
            annual: "648.00",
          },
          {
            lineCode: "040",
            lineName: "Haftpflicht",
            lineNameEn: null,
            module: null,
            contractCount: 1,
            annualCents: 36414,
            annual: "364.14",
          },
          // yearly 299,99 + quarterly 10,01 × 4
          {
            lineCode: "070",
            lineName: "Rechtsschutz",
            lineNameEn: null,
            module: null,
            contractCount: 2,
            annualCents: 34003,
            annual: "340.03",
          },
        ],
        totalCents: 64800 + 36414 + 34003,
        total: "1352.17",
      },
    ]);
    expect(overview?.unannualised).toEqual([]);
  });

  it("lists single premiums and premiums without a frequency apart, outside the yearly total", async () => {
    const f = await folder({ INSURANCE: "READ" });
    const counted = await createContract(f.tenantId, f.customerId, { grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    const single = await createContract(f.tenantId, f.customerId, { grossPremium: "1500.00", paymentFrequency: "SINGLE" });
    const unknown = await createContract(f.tenantId, f.customerId, { grossPremium: "20.00", paymentFrequency: null });
    await createContract(f.tenantId, f.customerId, { grossPremium: null, paymentFrequency: "MONTHLY" });

    const overview = await loadPremiumOverview(await contextFor(f.loginId));
    expect(overview?.groups.map((g) => g.total)).toEqual(["648.00"]);
    expect(overview?.groups[0]?.lines).toEqual([
      expect.objectContaining({ lineCode: null, module: "INSURANCE", contractCount: 1, annual: "648.00" }),
    ]);
    expect(overview?.unannualised.map((u) => [u.id, u.grossPremium, u.paymentFrequency]).sort()).toEqual(
      [
        [single.id, "1500.00", "SINGLE"],
        [unknown.id, "20.00", null],
      ].sort(),
    );
    expect(overview?.unannualised.map((u) => u.id)).not.toContain(counted.id);
  });

  it("keeps currencies apart, the office's own currency first", async () => {
    const f = await folder({ INSURANCE: "READ" });
    await createContract(f.tenantId, f.customerId, { grossPremium: "100.00", paymentFrequency: "YEARLY", currency: "CHF" });
    await createContract(f.tenantId, f.customerId, { grossPremium: "10.00", paymentFrequency: "MONTHLY", currency: "EUR" });
    const overview = await loadPremiumOverview(await contextFor(f.loginId));
    expect(overview?.groups.map((g) => [g.currency, g.total])).toEqual([
      ["EUR", "120.00"],
      ["CHF", "100.00"],
    ]);
  });

  it("counts only active, visible contracts of the own folder: never hidden modules, other customers, other tenants or deleted ones", async () => {
    const f = await folder({ INSURANCE: "READ", OTHER_CONTRACTS: "WRITE", FINANCE: "HIDDEN" });
    const yearly = { grossPremium: "100.00", paymentFrequency: "YEARLY" } as const;
    await createContract(f.tenantId, f.customerId, { ...yearly, module: "INSURANCE" });
    await createContract(f.tenantId, f.customerId, { ...yearly, module: "OTHER" });
    await createContract(f.tenantId, f.customerId, { ...yearly, module: "FINANCE" });
    await createContract(f.tenantId, f.customerId, { ...yearly, module: "EMERGENCY" });
    await createContract(f.tenantId, f.customerId, { ...yearly, status: "CANCELLED" });
    await createContract(f.tenantId, f.customerId, { ...yearly, status: "OFFER" });
    await createContract(f.tenantId, f.customerId, { ...yearly, deletedAt: new Date() });
    await createContract(f.tenantId, f.customerId, { grossPremium: "999.00", paymentFrequency: "SINGLE", module: "FINANCE" });
    const neighbour = await createCustomer(f.tenantId);
    await createContract(f.tenantId, neighbour.id, yearly);
    const other = await folder({ INSURANCE: "READ" });
    await createContract(other.tenantId, other.customerId, yearly);

    const overview = await loadPremiumOverview(await contextFor(f.loginId));
    expect(overview?.groups.map((g) => g.total)).toEqual(["200.00"]);
    expect(overview?.unannualised).toEqual([]);
  });

  it("gives nothing when the office hides financial data from the portal", async () => {
    const f = await folder({ INSURANCE: "READ" }, { portalHideFinancials: true });
    await createContract(f.tenantId, f.customerId, { grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    expect(await loadPremiumOverview(await contextFor(f.loginId))).toBeNull();
  });

  it("is empty when nothing is released", async () => {
    const f = await folder({});
    await createContract(f.tenantId, f.customerId, { grossPremium: "54.00", paymentFrequency: "MONTHLY" });
    expect(await loadPremiumOverview(await contextFor(f.loginId))).toEqual({ groups: [], unannualised: [] });
  });

  it("is for customers only", async () => {
    const tenant = await createTenant();
    const owner = await createStaff(tenant.id, { role: "owner" });
    await expect(loadPremiumOverview(await contextFor(owner.id))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(loadPremiumOverview(null)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
