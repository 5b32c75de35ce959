import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { deleteOwnDocument } from "@/lib/data/documents/delete-own-document";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { createOwnContract } from "@/lib/data/portal/own-contracts/create-own-contract";
import { deleteFolderContract } from "@/lib/data/portal/own-contracts/delete-folder-contract";
import { getEditableContract } from "@/lib/data/portal/own-contracts/get-editable-contract";
import { listOwnContractOptions } from "@/lib/data/portal/own-contracts/list-own-contract-options";
import { updateFolderContract } from "@/lib/data/portal/own-contracts/update-folder-contract";
import { customerPreviewContext } from "@/lib/data/preview/customer-preview-context";
import { db } from "@/lib/db/client";
import { EMPTY_OWN_CONTRACT, OTHER_INSURER, type OwnContractInput } from "@/lib/validation/own-contract";
import { createContract, createCustomerUser, createDocument, createStaff, createTenant } from "../setup/factories";
import { portalCustomer, shareFolder, type Releases } from "../setup/portal-customer";
import { contextFor } from "../setup/request-context";

let tenantId: string;
let ownerId: string;
let lineId: string;
let insurerId: string;

beforeAll(async () => {
  tenantId = (await createTenant()).id;
  ownerId = (await createStaff(tenantId, { role: "owner" })).id;
  lineId = (await db.lineOfBusiness.create({ data: { tenantId, code: "040", name: "Privathaftpflicht" } })).id;
  insurerId = (await db.insurer.create({ data: { tenantId, name: "Beispiel Versicherung AG" } })).id;
});

/** A customer with a portal login, an advisor and the given releases. */
async function customerWith(releases: Releases, tenant = tenantId) {
  const advisor = await createStaff(tenant, { role: "advisor" });
  const { customer, user: login, ctx } = await portalCustomer(tenant, releases, { advisorId: advisor.id });
  return { customer, login, advisor, ctx };
}

const WRITE_OTHER: Releases = { OTHER_CONTRACTS: "WRITE", INSURANCE: "READ", PROFILE: "READ" };

const values = (overrides: Partial<OwnContractInput> = {}): OwnContractInput => ({
  ...EMPTY_OWN_CONTRACT,
  module: "OTHER",
  status: "ACTIVE",
  insurerId: OTHER_INSURER,
  insurerName: "Stadtwerke Musterstadt",
  policyNumber: "STROM-4711",
  product: "Ökostrom Plus",
  startDate: "2025-01-01",
  mainDue: "01.01",
  noticePeriodMonths: "1",
  grossPremium: "54,00",
  paymentFrequency: "MONTHLY",
  paymentMethod: "SEPA_DIRECT_DEBIT",
  ...overrides,
});

/** The same session on a tenant whose portal settings withhold values from customers. */
function withTenantSettings(
  settings: { portalHideFinancials?: boolean; portalHideExpiryDates?: boolean },
  ctx: RequestContext,
): RequestContext {
  return { ...ctx, tenant: { ...ctx.tenant, ...settings } };
}

describe("own contracts with a WRITE release", () => {
  it("adds an own contract with origin CUSTOMER, audited and announced to the advisor", async () => {
    const { customer, login, advisor, ctx } = await customerWith(WRITE_OTHER);
    const result = await createOwnContract(ctx, values());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const contract = await db.contract.findUniqueOrThrow({ where: { id: result.id } });
    expect(contract).toMatchObject({
      tenantId,
      customerId: customer.id,
      module: "OTHER",
      origin: "CUSTOMER",
      createdById: login.id,
      insurerId: null,
      insurerName: "Stadtwerke Musterstadt",
      policyNumber: "STROM-4711",
      mainDueDay: 1,
      mainDueMonth: 1,
      noticePeriodMonths: 1,
      paymentFrequency: "MONTHLY",
    });
    expect(contract.grossPremium?.toFixed(2)).toBe("54.00");
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "contract.created", entityId: result.id } });
    expect(audit).toMatchObject({ actorUserId: login.id, actorKind: "customer", customerId: customer.id });
    const note = await db.notification.findFirstOrThrow({ where: { tenantId, userId: advisor.id, type: "contract.created" } });
    expect(note.link).toBe(`/broker/contracts/${result.id}`);
    expect(note.title).toContain(customer.lastName);
  });

  it("stores a catalog insurer and line and reports every field problem at once", async () => {
    const { ctx } = await customerWith({ ...WRITE_OTHER, INSURANCE: "WRITE" });
    const bad = await createOwnContract(
      ctx,
      values({ module: "INSURANCE", insurerId: OTHER_INSURER, insurerName: "", grossPremium: "12,3x", mainDue: "31.02" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: {
        grossPremium: "contracts.validation.amountInvalid",
        mainDue: "contracts.validation.mainDueInvalid",
      },
    });
    const missing = await createOwnContract(ctx, values({ module: "INSURANCE", insurerName: "" }));
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { lineId: "contracts.validation.lineRequired", insurerName: "contracts.validation.insurerNameRequired" },
    });
    const good = await createOwnContract(ctx, values({ module: "INSURANCE", lineId, insurerId, insurerName: "ignored" }));
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(await db.contract.findUniqueOrThrow({ where: { id: good.id } })).toMatchObject({
      lineId,
      insurerId,
      insurerName: null,
    });
  });

  it("refuses a line or insurer of another tenant", async () => {
    const { ctx } = await customerWith(WRITE_OTHER);
    const other = await createTenant();
    const foreignInsurer = await db.insurer.create({ data: { tenantId: other.id, name: "Fremde AG" } });
    const result = await createOwnContract(ctx, values({ insurerId: foreignInsurer.id }));
    expect(result).toMatchObject({ ok: false, field: "insurerId" });
    expect(await db.contract.count({ where: { customerId: ctx.actor.kind === "CUSTOMER" ? ctx.actor.customerId : "" } })).toBe(0);
  });

  it("edits an own contract and audits the names of the changed fields only", async () => {
    const { customer, login, advisor, ctx } = await customerWith(WRITE_OTHER);
    const created = await createOwnContract(ctx, values());
    if (!created.ok) throw new Error("not created");
    const result = await updateFolderContract(ctx, created.id, values({ policyNumber: "STROM-4712", grossPremium: "60,00" }));
    expect(result).toEqual({ ok: true, id: created.id });
    const contract = await db.contract.findUniqueOrThrow({ where: { id: created.id } });
    expect(contract.policyNumber).toBe("STROM-4712");
    expect(contract.grossPremium?.toFixed(2)).toBe("60.00");
    expect(contract.origin).toBe("CUSTOMER");
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId, action: "contract.updated", entityId: created.id } });
    expect(audit).toMatchObject({ actorUserId: login.id, actorKind: "customer", customerId: customer.id });
    expect((audit.data as { fields: string[] }).fields.sort()).toEqual(["grossPremium", "policyNumber"]);
    expect(JSON.stringify(audit.data)).not.toContain("STROM-4712");
    expect(await db.notification.count({ where: { userId: advisor.id, type: "contract.updated" } })).toBe(1);
  });

  it("edits the broker's contract in a WRITE module and keeps its origin", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const brokers = await createContract(tenantId, customer.id, { module: "OTHER", origin: "BROKER", isConfidential: true });
    const editable = await getEditableContract(ctx, brokers.id, "de");
    expect(editable?.values).toMatchObject({
      insurerId: OTHER_INSURER,
      insurerName: "Test Versicherung AG",
      grossPremium: "59,90",
    });
    const result = await updateFolderContract(ctx, brokers.id, { ...editable!.values, product: "Neuer Tarif" });
    expect(result.ok).toBe(true);
    const contract = await db.contract.findUniqueOrThrow({ where: { id: brokers.id } });
    expect(contract).toMatchObject({
      product: "Neuer Tarif",
      origin: "BROKER",
      isConfidential: true,
      insurerName: "Test Versicherung AG",
    });
    expect(contract.grossPremium?.toFixed(2)).toBe("59.90");
  });

  it("deletes an own contract and the broker's contract softly, audited and announced", async () => {
    const { customer, login, advisor, ctx } = await customerWith(WRITE_OTHER);
    const created = await createOwnContract(ctx, values());
    if (!created.ok) throw new Error("not created");
    const brokers = await createContract(tenantId, customer.id, { module: "OTHER" });
    for (const id of [created.id, brokers.id]) {
      expect(await deleteFolderContract(ctx, id)).toEqual({ ok: true, id });
      expect((await db.contract.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
      expect(await db.auditLog.findFirst({ where: { action: "contract.deleted", entityId: id } })).toMatchObject({
        actorUserId: login.id,
        actorKind: "customer",
        customerId: customer.id,
      });
      expect(await getEditableContract(ctx, id, "de")).toBeNull();
    }
    const notes = await db.notification.findMany({ where: { userId: advisor.id, type: "contract.deleted" } });
    expect(notes.map((n) => n.link)).toEqual([`/broker/customers/${customer.id}`, `/broker/customers/${customer.id}`]);
    // a second attempt finds nothing to delete
    await expect(deleteFolderContract(ctx, brokers.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("offers only the modules released with WRITE", async () => {
    const { ctx } = await customerWith({ ...WRITE_OTHER, FINANCE: "WRITE", EMERGENCY: "READ" });
    const options = await listOwnContractOptions(ctx, "de");
    expect(options.modules).toEqual(["FINANCE", "OTHER"]);
    expect(options.lines.map((l) => l.label)).toContain("Privathaftpflicht");
    expect(options.insurers.map((i) => i.label)).toContain("Beispiel Versicherung AG");
    const readOnly = await customerWith({ INSURANCE: "READ" });
    expect(await listOwnContractOptions(readOnly.ctx, "de")).toMatchObject({ modules: [], lines: [], insurers: [] });
  });
});

describe("refusals", () => {
  it("refuses to add a contract in a module that is not released with WRITE", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const result = await createOwnContract(ctx, values({ module: "INSURANCE", lineId }));
    expect(result).toMatchObject({ ok: false, field: "module", error: "ownContracts.errors.moduleNotWritable" });
    const hidden = await createOwnContract(ctx, values({ module: "FINANCE" }));
    expect(hidden.ok).toBe(false);
    expect(await db.contract.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("refuses moving a contract into a module without WRITE", async () => {
    const { customer, ctx } = await customerWith(WRITE_OTHER);
    const own = await createContract(tenantId, customer.id, { module: "OTHER", origin: "CUSTOMER" });
    const result = await updateFolderContract(ctx, own.id, values({ module: "INSURANCE", lineId }));
    expect(result).toMatchObject({ ok: false, field: "module" });
    expect((await db.contract.findUniqueOrThrow({ where: { id: own.id } })).module).toBe("OTHER");
  });

  it("with READ only shows: adding, editing and deleting are refused and nothing changes", async () => {
    const { customer, ctx } = await customerWith({ INSURANCE: "READ", OTHER_CONTRACTS: "READ" });
    const brokers = await createContract(tenantId, customer.id, { module: "INSURANCE", policyNumber: "READ-1" });
    const own = await createContract(tenantId, customer.id, { module: "OTHER", origin: "CUSTOMER", policyNumber: "READ-2" });

    expect(await createOwnContract(ctx, values())).toMatchObject({ ok: false, field: "module" });
    for (const contract of [brokers, own]) {
      await expect(updateFolderContract(ctx, contract.id, values({ module: contract.module }))).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(deleteFolderContract(ctx, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
      expect(await getEditableContract(ctx, contract.id, "de")).toBeNull();
    }
    const rows = await db.contract.findMany({ where: { customerId: customer.id }, orderBy: { policyNumber: "asc" } });
    expect(rows.map((r) => [r.policyNumber, r.deletedAt, r.updatedAt.getTime()])).toEqual([
      ["READ-1", null, brokers.updatedAt.getTime()],
      ["READ-2", null, own.updatedAt.getTime()],
    ]);
    expect(await db.auditLog.count({ where: { customerId: customer.id, action: { startsWith: "contract." } } })).toBe(0);
    expect(
      await db.notification.count({ where: { tenantId, type: { startsWith: "contract." }, link: { contains: brokers.id } } }),
    ).toBe(0);
  });

  it("refuses every write in a household member's folder, even where that member released WRITE", async () => {
    const viewer = await customerWith(WRITE_OTHER);
    const member = await customerWith(WRITE_OTHER);
    await shareFolder(tenantId, { grantorId: member.customer.id, granteeId: viewer.customer.id });
    const foreign = await folderContext(viewer.login.id, member.customer.id);
    expect(foreign.actor).toMatchObject({ customerId: member.customer.id, folderReadOnly: true });
    const contract = await createContract(tenantId, member.customer.id, { module: "OTHER" });

    await expect(createOwnContract(foreign, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateFolderContract(foreign, contract.id, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteFolderContract(foreign, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getEditableContract(foreign, contract.id, "de")).toBeNull();
    expect(await listOwnContractOptions(foreign, "de")).toMatchObject({ modules: [] });
    expect(await db.contract.count({ where: { customerId: { in: [viewer.customer.id, member.customer.id] } } })).toBe(1);
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).deletedAt).toBeNull();
  });

  it("refuses writes through the broker's customer preview", async () => {
    const { customer } = await customerWith(WRITE_OTHER);
    const contract = await createContract(tenantId, customer.id, { module: "OTHER" });
    const preview = await customerPreviewContext(await contextFor(ownerId), customer.id);
    await expect(createOwnContract(preview, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateFolderContract(preview, contract.id, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteFolderContract(preview, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await getEditableContract(preview, contract.id, "de")).toBeNull();
  });

  it("answers ids of another customer or another tenant as not found", async () => {
    const { ctx } = await customerWith(WRITE_OTHER);
    const neighbour = await customerWith(WRITE_OTHER);
    const theirs = await createContract(tenantId, neighbour.customer.id, { module: "OTHER" });
    const otherTenant = await createTenant();
    const stranger = await customerWith(WRITE_OTHER, otherTenant.id);
    const foreign = await createContract(otherTenant.id, stranger.customer.id, { module: "OTHER" });
    for (const id of [theirs.id, foreign.id, "not-a-uuid"]) {
      expect(await getEditableContract(ctx, id, "de")).toBeNull();
      await expect(updateFolderContract(ctx, id, values())).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(deleteFolderContract(ctx, id)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const untouched = await db.contract.findMany({ where: { id: { in: [theirs.id, foreign.id] } } });
    expect(untouched.map((c) => [c.deletedAt, c.policyNumber])).toEqual(
      expect.arrayContaining([
        [null, theirs.policyNumber],
        [null, foreign.policyNumber],
      ]),
    );
  });

  it("refuses staff", async () => {
    const staff = await contextFor(ownerId);
    await expect(createOwnContract(staff, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listOwnContractOptions(staff, "de")).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

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

  it("refuses contract and document changes while the customer's processing is restricted (GDPR), changing nothing", async () => {
    const { customer, login, ctx } = await customerWith(WRITE_OTHER);
    const contract = await createContract(tenantId, customer.id, { module: "OTHER", policyNumber: "FROZEN-1" });
    const doc = await createDocument(tenantId, customer.id, {
      contractId: contract.id,
      origin: "CUSTOMER",
      uploadedById: login.id,
    });
    await db.customer.update({ where: { id: customer.id }, data: { restrictedAt: new Date() } });

    await expect(createOwnContract(ctx, values())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateFolderContract(ctx, contract.id, values({ policyNumber: "CHANGED" }))).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(deleteFolderContract(ctx, contract.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(deleteOwnDocument(ctx, doc.id)).rejects.toBeInstanceOf(AccessDeniedError);

    expect(
      await db.contract.findMany({ where: { customerId: customer.id }, select: { policyNumber: true, deletedAt: true } }),
    ).toEqual([{ policyNumber: "FROZEN-1", deletedAt: null }]);
    expect((await db.document.findUniqueOrThrow({ where: { id: doc.id } })).deletedAt).toBeNull();
    expect(
      await db.auditLog.count({
        where: {
          customerId: customer.id,
          action: { in: ["contract.created", "contract.updated", "contract.deleted", "document.deleted"] },
        },
      }),
    ).toBe(0);
  });
});

const folderContext = (userId: string, folderCustomerId: string | null) => contextFor(userId, undefined, { folderCustomerId });
