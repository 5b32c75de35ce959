import { beforeAll, describe, expect, it } from "vitest";
import { addInsurer } from "@/lib/data/catalog/add-insurer";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { createContract } from "@/lib/data/contracts/create-contract";
import { updateContract } from "@/lib/data/contracts/update-contract";
import { db } from "@/lib/db/client";
import type { ContractInput } from "@/lib/validation/contract";
import { seedCatalog, type Catalog } from "@/prisma/seed/catalog";
import { createCustomer, createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

let catalog: Catalog;
let tenantId: string;
let ownerId: string;
let customerId: string;

function contract(overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    module: "INSURANCE",
    status: "ACTIVE",
    lineId: catalog.line("130"),
    insurerId: catalog.insurer("Allianz"),
    policyNumber: "HR-4711",
    product: "Hausrat Komfort",
    startDate: "2025-01-01",
    endDate: "2026-01-01",
    mainDue: "01.01",
    noticePeriodMonths: "3",
    sumInsured: "65.000,00",
    grossPremium: "12,50",
    paymentFrequency: "MONTHLY",
    paymentMethod: "SEPA_DIRECT_DEBIT",
    notes: "",
    isConfidential: false,
    ...overrides,
  };
}

beforeAll(async () => {
  catalog = await seedCatalog(db);
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
  customerId = (await createCustomer(tenantId)).id;
});

describe("contracts written by the broker", () => {
  it("stores German amounts as exact decimals, the main due date as day and month, and audits", async () => {
    const result = await createContract(await contextFor(ownerId), customerId, contract());
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = await db.contract.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.sumInsured?.toFixed(2)).toBe("65000.00");
    expect(stored.grossPremium?.toFixed(2)).toBe("12.50");
    expect([stored.mainDueDay, stored.mainDueMonth]).toEqual([1, 1]);
    expect(stored.origin).toBe("BROKER");
    expect(await db.auditLog.count({ where: { action: "contract.created", entityId: result.id } })).toBe(1);
  });

  it("refuses an end before the start, a 31st of February and a premium without frequency", async () => {
    const ctx = await contextFor(ownerId);
    const before = await db.contract.count({ where: { customerId } });
    expect(await createContract(ctx, customerId, contract({ startDate: "2026-01-01", endDate: "2025-01-01" }))).toMatchObject({
      fieldErrors: { endDate: "contracts.validation.endBeforeStart" },
    });
    expect(await createContract(ctx, customerId, contract({ mainDue: "31.02" }))).toMatchObject({
      fieldErrors: { mainDue: "contracts.validation.mainDueInvalid" },
    });
    expect(await createContract(ctx, customerId, contract({ paymentFrequency: "", policyNumber: "x".repeat(40) }))).toMatchObject(
      {
        fieldErrors: { paymentFrequency: "contracts.validation.frequencyRequired", policyNumber: "contracts.validation.tooLong" },
      },
    );
    expect(await db.contract.count({ where: { customerId } })).toBe(before);
  });

  it("cancels by status, stamps the date once and audits it as a cancellation", async () => {
    const ctx = await contextFor(ownerId);
    const created = await createContract(ctx, customerId, contract());
    if (!created.ok) throw new Error("setup");
    expect(await updateContract(ctx, created.id, contract({ status: "CANCELLED" }))).toEqual({ ok: true, id: created.id });
    const stored = await db.contract.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.status).toBe("CANCELLED");
    expect(stored.cancelledAt).not.toBeNull();
    const audit = await db.auditLog.findFirst({ where: { action: "contract.cancelled", entityId: created.id } });
    expect(audit?.data).toEqual({ fields: ["status"] });
  });

  it("refuses another tenant's insurer and a contract for another tenant's customer", async () => {
    const otherTenant = await createTenant();
    const otherOwner = await createStaff(otherTenant.id, { role: "owner" });
    const foreignInsurer = await addInsurer(await contextFor(otherOwner.id), { name: "Hausversicherer Nord eG" });
    if (!foreignInsurer.ok) throw new Error("setup");
    const ctx = await contextFor(ownerId);
    expect(await createContract(ctx, customerId, contract({ insurerId: foreignInsurer.id }))).toEqual({
      ok: false,
      field: "insurerId",
      error: "contracts.validation.insurerInvalid",
    });
    const foreignCustomer = await createCustomer(otherTenant.id);
    await expect(createContract(ctx, foreignCustomer.id, contract())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses staff without the edit right and advisors outside their own customers", async () => {
    const partner = await createStaff(tenantId, { role: "partner" });
    await expect(createContract(await contextFor(partner.id), customerId, contract())).rejects.toBeInstanceOf(AccessDeniedError);
    const advisor = await createStaff(tenantId, { role: "advisor" });
    await expect(createContract(await contextFor(advisor.id), customerId, contract())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses a new contract for a customer whose processing is restricted", async () => {
    const restricted = await createCustomer(tenantId, { restrictedAt: new Date() });
    await expect(createContract(await contextFor(ownerId), restricted.id, contract())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("reuses a shared insurer instead of adding a duplicate with other capitalisation", async () => {
    const result = await addInsurer(await contextFor(ownerId), { name: "allianz" });
    expect(result).toEqual({ ok: true, id: catalog.insurer("Allianz"), name: "Allianz" });
  });
});
