import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { deleteOwnDocument } from "@/lib/data/documents/delete-own-document";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { createOwnContract } from "@/lib/data/portal/own-contracts/create-own-contract";
import { getEditableContract } from "@/lib/data/portal/own-contracts/get-editable-contract";
import { listOwnContractOptions } from "@/lib/data/portal/own-contracts/list-own-contract-options";
import { updateFolderContract } from "@/lib/data/portal/own-contracts/update-folder-contract";
import { db } from "@/lib/db/client";
import { createContract, createCustomerUser, createDocument } from "../setup/factories";
import { customerWith, setUpOwnContractOffice, tenantId, values, WRITE_OTHER } from "../setup/own-contract-fixtures";
import { contextFor } from "../setup/request-context";

// Documents on own contracts, and the values the broker withholds from the customer (financials,
// expiry dates, internal notes).
setUpOwnContractOffice();

/** The same session on a tenant whose portal settings withhold values from customers. */
function withTenantSettings(
  settings: { portalHideFinancials?: boolean; portalHideExpiryDates?: boolean },
  ctx: RequestContext,
): RequestContext {
  return { ...ctx, tenant: { ...ctx.tenant, ...settings } };
}

describe("values the broker withholds", () => {
  it("keeps the stored premium and expiry date when hidden from customers, and hands neither out", async () => {
    const { customer, ctx: plain } = await customerWith(WRITE_OTHER);
    const ctx = withTenantSettings({ portalHideFinancials: true, portalHideExpiryDates: true }, plain);
    const contract = await createContract(tenantId, customer.id, {
      module: "OTHER",
      grossPremium: "182.07",
      sumInsured: "50000.00",
      paymentFrequency: "HALF_YEARLY",
      paymentMethod: "INVOICE",
      endDate: new Date("2030-12-31"),
    });
    const editable = await getEditableContract(ctx, contract.id, "de");
    expect(editable?.values).toMatchObject({
      grossPremium: "",
      sumInsured: "",
      paymentFrequency: "",
      paymentMethod: "",
      endDate: "",
    });
    const options = await listOwnContractOptions(ctx, "de");
    expect(options).toMatchObject({ hideFinancials: true, hideExpiryDates: true });

    const result = await updateFolderContract(ctx, contract.id, { ...editable!.values, product: "Geändert" });
    expect(result.ok).toBe(true);
    const stored = await db.contract.findUniqueOrThrow({ where: { id: contract.id } });
    expect(stored.product).toBe("Geändert");
    expect(stored.grossPremium?.toFixed(2)).toBe("182.07");
    expect(stored.sumInsured?.toFixed(2)).toBe("50000.00");
    expect(stored).toMatchObject({ paymentFrequency: "HALF_YEARLY", paymentMethod: "INVOICE" });
    expect(stored.endDate?.toISOString().slice(0, 10)).toBe("2030-12-31");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "contract.updated", entityId: contract.id } });
    expect((audit.data as { fields: string[] }).fields).toEqual(["product"]);

    // a new contract gets none of the withheld values, whatever is sent
    const created = await createOwnContract(ctx, values({ endDate: "2031-01-01" }));
    if (!created.ok) throw new Error("not created");
    expect(await db.contract.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      grossPremium: null,
      paymentFrequency: null,
      endDate: null,
    });
  });
});

describe("documents on a contract", () => {
  it("lists the contract's documents and lets the customer delete only their own uploads", async () => {
    const { customer, login, ctx } = await customerWith(WRITE_OTHER);
    const contract = await createContract(tenantId, customer.id, { module: "OTHER" });
    const brokers = await createDocument(tenantId, customer.id, { contractId: contract.id, title: "Police" });
    const own = await createDocument(tenantId, customer.id, {
      contractId: contract.id,
      title: "Meine Rechnung",
      origin: "CUSTOMER",
      uploadedById: login.id,
    });
    const editable = await getEditableContract(ctx, contract.id, "de");
    expect(editable?.documents.map((d) => [d.title, d.ownUpload]).sort()).toEqual([
      ["Meine Rechnung", true],
      ["Police", false],
    ]);

    await expect(deleteOwnDocument(ctx, brokers.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await db.document.findUniqueOrThrow({ where: { id: brokers.id } })).deletedAt).toBeNull();

    expect(await deleteOwnDocument(ctx, own.id)).toEqual({ ok: true, id: own.id });
    const row = await db.document.findUniqueOrThrow({ where: { id: own.id } });
    expect(row.deletedAt).not.toBeNull();
    const listed = (await listVisibleDocuments(ctx)).items.map((d) => d.id);
    expect(listed).toContain(brokers.id);
    expect(listed).not.toContain(own.id);
    expect(await db.auditLog.findFirst({ where: { action: "document.deleted", entityId: own.id } })).toMatchObject({
      actorUserId: login.id,
      actorKind: "customer",
      customerId: customer.id,
    });
  });

  it("lets a second account of the same customer delete the upload, but not another customer", async () => {
    const { customer, login } = await customerWith(WRITE_OTHER);
    const second = await createCustomerUser(tenantId, customer.id);
    const contract = await createContract(tenantId, customer.id, { module: "OTHER" });
    const doc = await createDocument(tenantId, customer.id, {
      contractId: contract.id,
      origin: "CUSTOMER",
      uploadedById: login.id,
    });
    const neighbour = await customerWith(WRITE_OTHER);
    await expect(deleteOwnDocument(neighbour.ctx, doc.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await deleteOwnDocument(await contextFor(second.id), doc.id)).toEqual({ ok: true, id: doc.id });
  });

  it("refuses deleting an own upload when the module is only READ", async () => {
    const { customer, login, ctx } = await customerWith({ INSURANCE: "READ" });
    const contract = await createContract(tenantId, customer.id, { module: "INSURANCE" });
    const doc = await createDocument(tenantId, customer.id, {
      contractId: contract.id,
      origin: "CUSTOMER",
      uploadedById: login.id,
    });
    await expect(deleteOwnDocument(ctx, doc.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).toBeNull();
    expect(await db.auditLog.count({ where: { action: "document.deleted", entityId: doc.id } })).toBe(0);
  });
});

describe("the broker's internal notes and frozen records", () => {
  it("never hands the broker's internal notes of a contract to the customer's edit form, and keeps them on save", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const brokers = await createContract(tenantId, customer.id, { module: "OTHER", notes: "Intern: Kunde zahlt oft spät" });
    const editable = await getEditableContract(ctx, brokers.id, "de");
    expect(editable?.values.notes).toBe("");
    expect(JSON.stringify(editable)).not.toContain("Intern");

    // a save (even one that sends its own text for the notes) neither wipes nor replaces the broker's notes
    expect((await updateFolderContract(ctx, brokers.id, { ...editable!.values, product: "Neu" })).ok).toBe(true);
    expect((await updateFolderContract(ctx, brokers.id, { ...editable!.values, notes: "überschrieben" })).ok).toBe(true);
    const stored = await db.contract.findUniqueOrThrow({ where: { id: brokers.id } });
    expect(stored).toMatchObject({ product: "Privathaftpflicht", notes: "Intern: Kunde zahlt oft spät" });

    // the customer's own note on their own contract stays theirs to read and change
    const own = await createOwnContract(ctx, values({ notes: "Meine Notiz" }));
    if (!own.ok) throw new Error("not created");
    expect((await getEditableContract(ctx, own.id, "de"))?.values.notes).toBe("Meine Notiz");
  });
});
