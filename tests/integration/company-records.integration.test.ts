import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { createInsuredObject } from "@/lib/data/insured-objects/create-insured-object";
import { deleteInsuredObject } from "@/lib/data/insured-objects/delete-insured-object";
import { insuredObjectAccessWhere } from "@/lib/data/insured-objects/insured-object-access";
import { listCustomerInsuredObjects } from "@/lib/data/insured-objects/list-customer-insured-objects";
import { updateInsuredObject } from "@/lib/data/insured-objects/update-insured-object";
import { createPremiumInvoice } from "@/lib/data/premium-invoices/create-premium-invoice";
import { deletePremiumInvoice } from "@/lib/data/premium-invoices/delete-premium-invoice";
import { listCustomerPremiumInvoices } from "@/lib/data/premium-invoices/list-customer-premium-invoices";
import { updatePremiumInvoice } from "@/lib/data/premium-invoices/update-premium-invoice";
import { db } from "@/lib/db/client";
import { insuredObjectInput, type InsuredObjectInput } from "@/lib/validation/insured-object";
import type { PremiumInvoiceInput } from "@/lib/validation/premium-invoice";
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

function invoice(overrides: Partial<PremiumInvoiceInput> = {}): PremiumInvoiceInput {
  return {
    number: `PR-${uniqueSuffix()}`,
    contractId: "",
    amount: "1.234,50",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    dueDate: "2026-01-15",
    status: "OPEN",
    documentId: "",
    ...overrides,
  };
}

function object(overrides: Partial<InsuredObjectInput> = {}): InsuredObjectInput {
  return {
    kind: "VEHICLE",
    name: "MAN TGX 18.510",
    contractId: "",
    licensePlate: "hh-ab 1234",
    vin: "",
    street: "",
    postalCode: "",
    city: "",
    country: "DE",
    manufacturer: "",
    serialNumber: "",
    ...overrides,
  };
}

function company(tenantId: string, overrides: Parameters<typeof createCustomer>[1] = {}) {
  return createCustomer(tenantId, {
    kind: "COMPANY",
    firstName: null,
    lastName: null,
    companyName: `Muster Logistik ${uniqueSuffix()} AG`,
    ...overrides,
  });
}

function invoicePdf(tenantId: string, customerId: string, contractId: string | null, overrides = {}) {
  return createDocument(tenantId, customerId, {
    category: "INVOICE",
    title: "Beitragsrechnung",
    fileName: "rechnung.pdf",
    contractId,
    ...overrides,
  });
}

let tenantId: string;
let ownerId: string;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
});

describe("premium invoices on the broker side", () => {
  it("creates, lists, updates and deletes an invoice with its PDF and field-only audit entries", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const contract = await createContract(tenantId, firm.id);
    const pdf = await invoicePdf(tenantId, firm.id, contract.id);

    const created = await createPremiumInvoice(ctx, firm.id, invoice({ contractId: contract.id, documentId: pdf.id }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await db.premiumInvoice.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ tenantId, customerId: firm.id, contractId: contract.id, documentId: pdf.id, status: "OPEN" });
    expect(stored.amount.toFixed(2)).toBe("1234.50");
    expect(stored.periodStart.toISOString().slice(0, 10)).toBe("2026-01-01");

    const listed = await listCustomerPremiumInvoices(ctx, firm.id);
    expect(listed?.canEdit).toBe(true);
    expect(listed?.items.map((i) => [i.id, i.amount, i.document?.id])).toEqual([[created.id, "1234.50", pdf.id]]);
    expect(listed?.contracts.map((c) => c.id)).toEqual([contract.id]);
    expect(listed?.documents).toEqual([expect.objectContaining({ id: pdf.id, invoiceId: created.id })]);

    const updated = await updatePremiumInvoice(
      ctx,
      created.id,
      invoice({ number: stored.number, contractId: contract.id, documentId: pdf.id, amount: "1300", status: "PAID" }),
    );
    expect(updated).toEqual({ ok: true, id: created.id });
    const afterUpdate = await db.premiumInvoice.findUniqueOrThrow({ where: { id: created.id } });
    expect(afterUpdate.amount.toFixed(2)).toBe("1300.00");
    expect(afterUpdate.status).toBe("PAID");

    expect(await deletePremiumInvoice(ctx, created.id)).toEqual({ ok: true, id: created.id });
    expect(await db.premiumInvoice.count({ where: { id: created.id } })).toBe(0);
    // the PDF stays in the customer's documents
    expect(await db.document.count({ where: { id: pdf.id, deletedAt: null } })).toBe(1);
    expect((await listCustomerPremiumInvoices(ctx, firm.id))?.items).toEqual([]);

    const audit = await db.auditLog.findMany({
      where: { tenantId, entityId: created.id },
      orderBy: { id: "asc" },
      select: { action: true, customerId: true, data: true, entityType: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["premiumInvoice.created", "premiumInvoice.updated", "premiumInvoice.deleted"]);
    expect(audit[1]?.data).toEqual({ fields: ["amount", "status"] });
    expect(audit.every((a) => a.customerId === firm.id && a.entityType === "PremiumInvoice")).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/1300|1234/);
  });

  it("records invoices for a private customer too, without contract and PDF, in the office's currency", async () => {
    const office = await createTenant({ currency: "CHF" });
    const owner = await createStaff(office.id, { role: "owner" });
    const person = await createCustomer(office.id);
    const created = await createPremiumInvoice(await contextFor(owner.id), person.id, invoice({ amount: "89.9" }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const stored = await db.premiumInvoice.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ currency: "CHF", contractId: null, documentId: null });
    expect(stored.amount.toFixed(2)).toBe("89.90");
  });

  it("refuses an invoice number already used in the office, also for another customer, and changes nothing", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const other = await company(tenantId);
    const first = await createPremiumInvoice(ctx, firm.id, invoice());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const { number } = await db.premiumInvoice.findUniqueOrThrow({ where: { id: first.id } });

    const again = await createPremiumInvoice(ctx, other.id, invoice({ number: `  ${number} ` }));
    expect(again).toEqual({ ok: false, field: "number", error: "companyAdmin.invoices.validation.numberTaken" });
    expect(await db.premiumInvoice.count({ where: { tenantId, number } })).toBe(1);

    const second = await createPremiumInvoice(ctx, firm.id, invoice());
    if (!second.ok) throw new Error("second invoice not created");
    const renamed = await updatePremiumInvoice(ctx, second.id, invoice({ number }));
    expect(renamed).toMatchObject({ ok: false, field: "number", error: "companyAdmin.invoices.validation.numberTaken" });
    expect((await db.premiumInvoice.findUniqueOrThrow({ where: { id: second.id } })).number).not.toBe(number);

    // another office may use the same number
    const office = await createTenant();
    const otherOwner = await createStaff(office.id, { role: "owner" });
    const foreign = await createCustomer(office.id);
    expect((await createPremiumInvoice(await contextFor(otherOwner.id), foreign.id, invoice({ number }))).ok).toBe(true);
  });

  it("refuses a contract of another customer", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const other = await company(tenantId);
    const othersContract = await createContract(tenantId, other.id);
    const deletedOwn = await createContract(tenantId, firm.id, { deletedAt: new Date() });
    for (const contractId of [othersContract.id, deletedOwn.id]) {
      const result = await createPremiumInvoice(ctx, firm.id, invoice({ contractId }));
      expect(result).toEqual({ ok: false, field: "contractId", error: "companyAdmin.invoices.validation.contractInvalid" });
    }
    expect(await db.premiumInvoice.count({ where: { customerId: firm.id } })).toBe(0);
  });

  it("refuses a PDF of another customer, another contract, another category, a deleted one or one already attached", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const other = await company(tenantId);
    const contract = await createContract(tenantId, firm.id);
    const secondContract = await createContract(tenantId, firm.id);
    const othersContract = await createContract(tenantId, other.id);
    const refusals = [
      await invoicePdf(tenantId, other.id, othersContract.id),
      await invoicePdf(tenantId, firm.id, secondContract.id),
      await invoicePdf(tenantId, firm.id, null),
      await invoicePdf(tenantId, firm.id, contract.id, { category: "POLICY" }),
      await invoicePdf(tenantId, firm.id, contract.id, { deletedAt: new Date() }),
    ];
    for (const pdf of refusals) {
      const result = await createPremiumInvoice(ctx, firm.id, invoice({ contractId: contract.id, documentId: pdf.id }));
      expect(result).toEqual({ ok: false, field: "documentId", error: "companyAdmin.invoices.validation.documentInvalid" });
    }
    expect(await db.premiumInvoice.count({ where: { customerId: firm.id } })).toBe(0);

    const pdf = await invoicePdf(tenantId, firm.id, contract.id);
    expect((await createPremiumInvoice(ctx, firm.id, invoice({ contractId: contract.id, documentId: pdf.id }))).ok).toBe(true);
    const twice = await createPremiumInvoice(ctx, firm.id, invoice({ contractId: contract.id, documentId: pdf.id }));
    expect(twice).toEqual({ ok: false, field: "documentId", error: "companyAdmin.invoices.validation.documentTaken" });
    expect(await db.premiumInvoice.count({ where: { customerId: firm.id } })).toBe(1);
  });

  it("refuses an amount of zero, more than two decimals and a period ending before it starts", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const result = await createPremiumInvoice(
      ctx,
      firm.id,
      invoice({ amount: "0,00", periodStart: "2026-06-01", periodEnd: "2026-05-31", dueDate: "2026-02-30" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        amount: "companyAdmin.invoices.validation.amountPositive",
        periodEnd: "companyAdmin.invoices.validation.periodEndBeforeStart",
        dueDate: "companyAdmin.invoices.validation.dateInvalid",
      },
    });
    expect(await createPremiumInvoice(ctx, firm.id, invoice({ amount: "12.345" }))).toMatchObject({
      ok: false,
      fieldErrors: { amount: "companyAdmin.invoices.validation.amountInvalid" },
    });
    expect(await db.premiumInvoice.count({ where: { customerId: firm.id } })).toBe(0);
  });
});

describe("rights for invoices and objects", () => {
  it("lets an advisor with 'only own customers' work on their own customers and refuses everyone else's", async () => {
    const office = (await createTenant()).id;
    const owner = await createStaff(office, { role: "owner" });
    const advisor = await createStaff(office, { role: "advisor" });
    const colleague = await createStaff(office, { role: "advisor" });
    const own = await company(office, { advisorId: advisor.id });
    const others = await company(office, { advisorId: colleague.id });
    const ownerCtx = await contextFor(owner.id);
    const othersInvoice = await createPremiumInvoice(ownerCtx, others.id, invoice());
    const othersObject = await createInsuredObject(ownerCtx, others.id, object());
    if (!othersInvoice.ok || !othersObject.ok) throw new Error("setup failed");

    const ctx = await contextFor(advisor.id);
    expect((await createPremiumInvoice(ctx, own.id, invoice())).ok).toBe(true);
    expect((await createInsuredObject(ctx, own.id, object())).ok).toBe(true);
    expect((await listCustomerPremiumInvoices(ctx, own.id))?.canEdit).toBe(true);

    await expect(createPremiumInvoice(ctx, others.id, invoice())).rejects.toThrow(AccessDeniedError);
    await expect(updatePremiumInvoice(ctx, othersInvoice.id, invoice({ status: "PAID" }))).rejects.toThrow(AccessDeniedError);
    await expect(deletePremiumInvoice(ctx, othersInvoice.id)).rejects.toThrow(AccessDeniedError);
    await expect(createInsuredObject(ctx, others.id, object())).rejects.toThrow(AccessDeniedError);
    await expect(updateInsuredObject(ctx, othersObject.id, object({ name: "Fremd" }))).rejects.toThrow(AccessDeniedError);
    await expect(deleteInsuredObject(ctx, othersObject.id)).rejects.toThrow(AccessDeniedError);
    expect(await listCustomerPremiumInvoices(ctx, others.id)).toBeNull();
    expect(await listCustomerInsuredObjects(ctx, others.id)).toBeNull();

    expect(await db.premiumInvoice.findUniqueOrThrow({ where: { id: othersInvoice.id } })).toMatchObject({ status: "OPEN" });
    expect(await db.insuredObject.findUniqueOrThrow({ where: { id: othersObject.id } })).toMatchObject({
      name: "MAN TGX 18.510",
      deletedAt: null,
    });
    expect(await db.premiumInvoice.count({ where: { customerId: others.id } })).toBe(1);
    expect(await db.insuredObject.count({ where: { customerId: others.id } })).toBe(1);
  });

  it("lets a partner without 'edit customers' read but refuses every write", async () => {
    const office = (await createTenant()).id;
    const owner = await createStaff(office, { role: "owner" });
    const partner = await createStaff(office, { role: "partner" });
    const firm = await company(office, { advisorId: partner.id });
    const ownerCtx = await contextFor(owner.id);
    const existingInvoice = await createPremiumInvoice(ownerCtx, firm.id, invoice());
    const existingObject = await createInsuredObject(ownerCtx, firm.id, object());
    if (!existingInvoice.ok || !existingObject.ok) throw new Error("setup failed");

    const ctx = await contextFor(partner.id);
    const invoices = await listCustomerPremiumInvoices(ctx, firm.id);
    expect(invoices?.items.map((i) => i.id)).toEqual([existingInvoice.id]);
    expect(invoices).toMatchObject({ canEdit: false, contracts: [], documents: [] });
    const objects = await listCustomerInsuredObjects(ctx, firm.id);
    expect(objects?.groups.flatMap((g) => g.items.map((o) => o.id))).toEqual([existingObject.id]);
    expect(objects?.canEdit).toBe(false);

    await expect(createPremiumInvoice(ctx, firm.id, invoice())).rejects.toThrow(AccessDeniedError);
    await expect(updatePremiumInvoice(ctx, existingInvoice.id, invoice({ status: "PAID" }))).rejects.toThrow(AccessDeniedError);
    await expect(deletePremiumInvoice(ctx, existingInvoice.id)).rejects.toThrow(AccessDeniedError);
    await expect(createInsuredObject(ctx, firm.id, object())).rejects.toThrow(AccessDeniedError);
    await expect(updateInsuredObject(ctx, existingObject.id, object({ name: "Neu" }))).rejects.toThrow(AccessDeniedError);
    await expect(deleteInsuredObject(ctx, existingObject.id)).rejects.toThrow(AccessDeniedError);
    expect(await db.premiumInvoice.count({ where: { customerId: firm.id } })).toBe(1);
    expect(await db.insuredObject.count({ where: { customerId: firm.id, deletedAt: null, name: "MAN TGX 18.510" } })).toBe(1);
  });

  it("refuses another office's customer, invoice and object", async () => {
    const office = (await createTenant()).id;
    const foreignOwner = await createStaff(office, { role: "owner" });
    const foreign = await company(office);
    const foreignCtx = await contextFor(foreignOwner.id);
    const foreignInvoice = await createPremiumInvoice(foreignCtx, foreign.id, invoice());
    const foreignObject = await createInsuredObject(foreignCtx, foreign.id, object());
    if (!foreignInvoice.ok || !foreignObject.ok) throw new Error("setup failed");
    const ctx = await contextFor(ownerId);
    await expect(createPremiumInvoice(ctx, foreign.id, invoice())).rejects.toThrow(AccessDeniedError);
    await expect(deletePremiumInvoice(ctx, foreignInvoice.id)).rejects.toThrow(AccessDeniedError);
    await expect(deleteInsuredObject(ctx, foreignObject.id)).rejects.toThrow(AccessDeniedError);
    expect(await listCustomerPremiumInvoices(ctx, foreign.id)).toBeNull();
    expect(await db.premiumInvoice.count({ where: { id: foreignInvoice.id } })).toBe(1);
    expect(await db.insuredObject.count({ where: { id: foreignObject.id, deletedAt: null } })).toBe(1);
  });
});

describe("insured objects on the broker side", () => {
  it("creates, updates and soft-deletes objects of each kind, grouped by kind, with field-only audit entries", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const contract = await createContract(tenantId, firm.id);

    const truck = await createInsuredObject(
      ctx,
      firm.id,
      object({ contractId: contract.id, vin: " wdb 9634031l123456 ", licensePlate: "hh-ab  1234" }),
    );
    const hall = await createInsuredObject(
      ctx,
      firm.id,
      object({ kind: "BUILDING", name: "Lagerhalle Nord", street: "Hafenstraße 1", postalCode: "20457", city: "Hamburg" }),
    );
    const forklift = await createInsuredObject(
      ctx,
      firm.id,
      object({ kind: "MACHINE", name: "Gabelstapler", manufacturer: "Linde", serialNumber: "SN-42" }),
    );
    if (!truck.ok || !hall.ok || !forklift.ok) throw new Error("objects not created");

    expect(await db.insuredObject.findUniqueOrThrow({ where: { id: truck.id } })).toMatchObject({
      kind: "VEHICLE",
      vin: "WDB9634031L123456",
      licensePlate: "HH-AB 1234",
      contractId: contract.id,
      street: null,
    });
    expect(await db.insuredObject.findUniqueOrThrow({ where: { id: hall.id } })).toMatchObject({
      postalCode: "20457",
      details: { country: "DE" },
      licensePlate: null,
    });

    const listed = await listCustomerInsuredObjects(ctx, firm.id);
    expect(listed?.groups.map((g) => [g.kind, g.items.map((o) => o.id)])).toEqual([
      ["VEHICLE", [truck.id]],
      ["BUILDING", [hall.id]],
      ["MACHINE", [forklift.id]],
    ]);

    const updated = await updateInsuredObject(
      ctx,
      hall.id,
      object({ kind: "BUILDING", name: "Lagerhalle Nord", street: "Hafenstraße 3", postalCode: "20457", city: "Hamburg" }),
    );
    expect(updated).toEqual({ ok: true, id: hall.id });

    expect(await deleteInsuredObject(ctx, truck.id)).toEqual({ ok: true, id: truck.id });
    const row = await db.insuredObject.findUniqueOrThrow({ where: { id: truck.id } });
    expect(row.deletedAt).not.toBeNull();
    const afterDelete = await listCustomerInsuredObjects(ctx, firm.id);
    expect(afterDelete?.groups.map((g) => g.kind)).toEqual(["BUILDING", "MACHINE"]);
    // a deleted object can neither be changed nor deleted again
    await expect(updateInsuredObject(ctx, truck.id, object())).rejects.toThrow(AccessDeniedError);
    await expect(deleteInsuredObject(ctx, truck.id)).rejects.toThrow(AccessDeniedError);

    const audit = await db.auditLog.findMany({
      where: { tenantId, entityId: { in: [truck.id, hall.id] } },
      orderBy: { id: "asc" },
      select: { action: true, entityId: true, data: true, customerId: true },
    });
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ["insuredObject.created", truck.id],
      ["insuredObject.created", hall.id],
      ["insuredObject.updated", hall.id],
      ["insuredObject.deleted", truck.id],
    ]);
    expect(audit[2]?.data).toEqual({ fields: ["street"] });
    expect(audit.every((a) => a.customerId === firm.id)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Hafenstra|WDB|HH-AB/);
  });

  it("removes a deleted object from the customer's own view", async () => {
    const ctx = await contextFor(ownerId);
    const person = await createCustomer(tenantId);
    await db.moduleRelease.create({ data: { tenantId, customerId: person.id, module: "INSURANCE", level: "READ" } });
    const login = await createCustomerUser(tenantId, person.id);
    const car = await createInsuredObject(ctx, person.id, object({ name: "VW Golf" }));
    const bike = await createInsuredObject(ctx, person.id, object({ name: "E-Bike", kind: "OTHER", licensePlate: "" }));
    if (!car.ok || !bike.ok) throw new Error("objects not created");
    const customerCtx = await contextFor(login.id);
    const visible = async () =>
      (await db.insuredObject.findMany({ where: insuredObjectAccessWhere(customerCtx), select: { id: true } }))
        .map((o) => o.id)
        .sort();

    expect(await visible()).toEqual([car.id, bike.id].sort());
    expect((await deleteInsuredObject(ctx, car.id)).ok).toBe(true);
    expect(await visible()).toEqual([bike.id]);
  });

  it("refuses a contract of another customer", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    const other = await company(tenantId);
    const othersContract = await createContract(tenantId, other.id);
    const result = await createInsuredObject(ctx, firm.id, object({ contractId: othersContract.id }));
    expect(result).toEqual({ ok: false, field: "contractId", error: "companyAdmin.objects.validation.contractInvalid" });
    expect(await db.insuredObject.count({ where: { customerId: firm.id } })).toBe(0);
  });

  it("checks the VIN: 17 characters, no I, O or Q; a plate or a VIN for every vehicle", () => {
    const vinError = (vin: string) => {
      const result = insuredObjectInput.safeParse(object({ vin }));
      return result.success ? null : result.error.issues.find((i) => i.path[0] === "vin")?.message;
    };
    expect(vinError("WDB9634031L12345")).toBe("companyAdmin.objects.validation.vinInvalid"); // 16
    expect(vinError("WDB9634031L1234567")).toBe("companyAdmin.objects.validation.vinInvalid"); // 18
    expect(vinError("WDB9634031I123456")).toBe("companyAdmin.objects.validation.vinInvalid"); // I
    expect(vinError("WDB9634031O123456")).toBe("companyAdmin.objects.validation.vinInvalid"); // O
    expect(vinError("WDBQ634031L123456")).toBe("companyAdmin.objects.validation.vinInvalid"); // Q
    expect(vinError("WDB96340*1L123456")).toBe("companyAdmin.objects.validation.vinInvalid");
    expect(vinError("wdb9634031l123456")).toBeNull();
    expect(insuredObjectInput.parse(object({ vin: "wdb 9634031 l123456" })).vin).toBe("WDB9634031L123456");

    const neither = insuredObjectInput.safeParse(object({ licensePlate: "", vin: "" }));
    expect(neither.success ? null : neither.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["licensePlate", "companyAdmin.objects.validation.plateOrVinRequired"],
    ]);
    // a VIN typed before switching to another kind is neither checked nor kept
    const building = insuredObjectInput.parse(
      object({ kind: "BUILDING", vin: "kaputt", street: "Weg 1", postalCode: "8001", city: "Zürich", country: "CH" }),
    );
    expect(building).toMatchObject({ vin: null, licensePlate: null, postalCode: "8001", country: "CH" });
  });

  it("refuses an invalid VIN and a postcode that does not fit the country on save, storing nothing", async () => {
    const ctx = await contextFor(ownerId);
    const firm = await company(tenantId);
    expect(await createInsuredObject(ctx, firm.id, object({ vin: "WDB9634031O123456" }))).toMatchObject({
      ok: false,
      fieldErrors: { vin: "companyAdmin.objects.validation.vinInvalid" },
    });
    const building = (postalCode: string, country: string) =>
      object({ kind: "BUILDING", name: "Halle", street: "Weg 1", postalCode, city: "Ort", country });
    expect(await createInsuredObject(ctx, firm.id, building("1234", "DE"))).toMatchObject({
      ok: false,
      fieldErrors: { postalCode: "companyAdmin.objects.validation.postalCodeInvalid" },
    });
    expect(await createInsuredObject(ctx, firm.id, building("", "DE"))).toMatchObject({
      ok: false,
      fieldErrors: { postalCode: "companyAdmin.objects.validation.postalCodeRequired" },
    });
    expect(await createInsuredObject(ctx, firm.id, building("20457", "XX"))).toMatchObject({
      ok: false,
      fieldErrors: { country: "companyAdmin.objects.validation.countryInvalid" },
    });
    expect(await db.insuredObject.count({ where: { customerId: firm.id } })).toBe(0);
    expect((await createInsuredObject(ctx, firm.id, building("1010", "AT"))).ok).toBe(true);
  });
});
