import { describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { deleteDocument } from "@/lib/data/documents/delete-document";
import { listCustomerDocuments } from "@/lib/data/documents/list-customer-documents";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { setDocumentVisibility } from "@/lib/data/documents/set-document-visibility";
import { db } from "@/lib/db/client";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { getObjectBytes } from "@/lib/storage/get-object";
import { documentStorageOrigin } from "@/lib/storage/public-origin";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
  type StaffRoleKey,
} from "../setup/factories";
import { contextFor } from "../setup/request-context";

async function folder() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  const customer = await createCustomer(tenant.id);
  const document = await createDocument(tenant.id, customer.id, { isVisibleToCustomer: false });
  return { tenant, owner, customer, document };
}

async function staffContext(tenantId: string, role: StaffRoleKey, rights?: Record<string, boolean>) {
  const staff = await createStaff(tenantId, { role });
  if (rights) {
    const current = staff.staffRole?.rights as Record<string, boolean>;
    await db.staffRole.update({ where: { id: staff.staffRoleId ?? "" }, data: { rights: { ...current, ...rights } } });
  }
  return { staff, ctx: await contextFor(staff.id) };
}

const objectExists = (key: string) =>
  getObjectBytes(key).then(
    () => true,
    () => false,
  );

describe("deleting documents", () => {
  it("removes the S3 object, hides the row everywhere and audits it", async () => {
    const { owner, customer, document } = await folder();
    const ctx = await contextFor(owner.id);

    await deleteDocument(ctx, document.id);

    expect(await objectExists(document.storageKey)).toBe(false);
    const row = await db.document.findUniqueOrThrow({ where: { id: document.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(await authorizeDocumentDownload(ctx, { documentId: document.id })).toBeNull();
    expect((await listCustomerDocuments(ctx, { customerId: customer.id })).items).toEqual([]);
    const audit = await db.auditLog.findFirst({ where: { action: "document.deleted", entityId: document.id } });
    expect(audit).toMatchObject({ actorUserId: owner.id, customerId: customer.id });
  });

  it("refuses staff without deleteDocuments and keeps the file", async () => {
    const { tenant, document } = await folder();
    const { ctx } = await staffContext(tenant.id, "backoffice");
    await expect(deleteDocument(ctx, document.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await objectExists(document.storageKey)).toBe(true);
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).deletedAt).toBeNull();
  });

  it("refuses another tenant's document and keeps the file", async () => {
    const a = await folder();
    const b = await folder();
    await expect(deleteDocument(await contextFor(b.owner.id), a.document.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await objectExists(a.document.storageKey)).toBe(true);
  });

  it("refuses an advisor outside own customers even with the right to delete", async () => {
    const { tenant, document } = await folder();
    const { staff, ctx } = await staffContext(tenant.id, "advisor", { deleteDocuments: true });
    await expect(deleteDocument(ctx, document.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await objectExists(document.storageKey)).toBe(true);

    const own = await createCustomer(tenant.id, { advisorId: staff.id });
    const ownDocument = await createDocument(tenant.id, own.id);
    await deleteDocument(ctx, ownDocument.id);
    expect(await objectExists(ownDocument.storageKey)).toBe(false);
  });
});

describe("showing documents to the customer", () => {
  it("makes a hidden document visible to the customer and audits the change", async () => {
    const { tenant, owner, customer } = await folder();
    await db.moduleRelease.create({ data: { tenantId: tenant.id, customerId: customer.id, module: "INSURANCE", level: "READ" } });
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const document = await createDocument(tenant.id, customer.id, { contractId: contract.id, isVisibleToCustomer: false });
    const login = await createCustomerUser(tenant.id, customer.id);
    const customerIds = async () => (await listVisibleDocuments(await contextFor(login.id))).items.map((d) => d.id);
    expect(await customerIds()).not.toContain(document.id);

    await setDocumentVisibility(await contextFor(owner.id), { documentId: document.id, isVisibleToCustomer: true });

    expect(await customerIds()).toContain(document.id);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "document.visibility_changed", entityId: document.id } });
    expect(audit).toMatchObject({ actorUserId: owner.id, customerId: customer.id, data: { isVisibleToCustomer: true } });

    await setDocumentVisibility(await contextFor(owner.id), { documentId: document.id, isVisibleToCustomer: false });
    expect(await customerIds()).not.toContain(document.id);
    expect(await db.auditLog.count({ where: { action: "document.visibility_changed", entityId: document.id } })).toBe(2);
  });

  it("refuses staff without importDocuments and changes nothing", async () => {
    const { tenant, customer, document } = await folder();
    const { staff, ctx } = await staffContext(tenant.id, "partner");
    await db.customer.update({ where: { id: customer.id }, data: { advisorId: staff.id } });
    await expect(setDocumentVisibility(ctx, { documentId: document.id, isVisibleToCustomer: true })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect((await db.document.findUniqueOrThrow({ where: { id: document.id } })).isVisibleToCustomer).toBe(false);
    expect(await db.auditLog.count({ where: { action: "document.visibility_changed", entityId: document.id } })).toBe(0);
  });

  it("refuses another tenant's document and an advisor outside own customers", async () => {
    const a = await folder();
    const b = await folder();
    const { ctx: advisor } = await staffContext(a.tenant.id, "advisor");
    for (const ctx of [await contextFor(b.owner.id), advisor]) {
      await expect(setDocumentVisibility(ctx, { documentId: a.document.id, isVisibleToCustomer: true })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
    }
    expect((await db.document.findUniqueOrThrow({ where: { id: a.document.id } })).isVisibleToCustomer).toBe(false);
  });
});

describe("the broker's document list", () => {
  it("lists hidden documents too and tells each role what it may do", async () => {
    const { tenant, owner, customer, document } = await folder();
    const ownerView = await listCustomerDocuments(await contextFor(owner.id), { customerId: customer.id });
    expect(ownerView.items.map((d) => [d.id, d.isVisibleToCustomer])).toEqual([[document.id, false]]);
    expect(ownerView.permissions).toEqual({
      canList: true,
      canUpload: true,
      canOpen: true,
      canDelete: true,
      canChangeVisibility: true,
    });

    const { ctx: backoffice } = await staffContext(tenant.id, "backoffice");
    expect((await listCustomerDocuments(backoffice, { customerId: customer.id })).permissions).toMatchObject({
      canDelete: false,
      canUpload: true,
    });
  });

  it("offers the customer's contracts for uploads and filters by contract on a contract page", async () => {
    const { tenant, owner, customer, document } = await folder();
    const contract = await createContract(tenant.id, customer.id, { policyNumber: "HR-4711" });
    const onContract = await createDocument(tenant.id, customer.id, { contractId: contract.id });
    const ctx = await contextFor(owner.id);

    const all = await listCustomerDocuments(ctx, { customerId: customer.id });
    expect(all.items.map((d) => d.id).sort()).toEqual([document.id, onContract.id].sort());
    expect(all.contracts).toEqual([{ id: contract.id, label: "Test Versicherung AG · HR-4711" }]);

    const one = await listCustomerDocuments(ctx, { customerId: customer.id, contractId: contract.id });
    expect(one.items.map((d) => d.id)).toEqual([onContract.id]);
    expect(one.items[0]?.contractLabel).toBe("Test Versicherung AG · HR-4711");
  });

  it("refuses another tenant's customer", async () => {
    const a = await folder();
    const b = await folder();
    await expect(listCustomerDocuments(await contextFor(b.owner.id), { customerId: a.customer.id })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
  });
});

describe("inline preview", () => {
  it("allows exactly the origin of presigned document URLs in img-src and frame-src", async () => {
    const { owner, document } = await folder();
    const download = await authorizeDocumentDownload(await contextFor(owner.id), {
      documentId: document.id,
      disposition: "inline",
    });
    const origin = new URL(download?.url ?? "").origin;
    expect(documentStorageOrigin()).toBe(origin);

    const directives = Object.fromEntries(
      contentSecurityPolicy("nonce", false)
        .split("; ")
        .map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    expect(directives["frame-src"]).toEqual(["'self'", origin]);
    expect(directives["img-src"]).toContain(origin);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["connect-src"]).not.toContain(origin);
    expect(directives["script-src"]).not.toContain(origin);
  });
});
