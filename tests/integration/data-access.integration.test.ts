import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { listCustomers } from "@/lib/data/customers/list-customers";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { contextFor } from "../setup/request-context";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
} from "../setup/factories";

type World = Awaited<ReturnType<typeof buildWorld>>;

async function buildTenant(label: string) {
  const tenant = await createTenant({ name: `Makler ${label}` });
  const owner = await createStaff(tenant.id, { role: "owner" });
  const customer = await createCustomer(tenant.id, { lastName: `Kunde-${label}` });
  const user = await createCustomerUser(tenant.id, customer.id, { password: "Sehr-sicheres-Passwort-1" });
  await db.moduleRelease.createMany({
    data: [
      { tenantId: tenant.id, customerId: customer.id, module: "INSURANCE", level: "READ" },
      { tenantId: tenant.id, customerId: customer.id, module: "PROFILE", level: "READ" },
    ],
  });
  const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
  const document = await createDocument(tenant.id, customer.id, { contractId: contract.id, isVisibleToCustomer: true });
  return { tenant, owner, customer, user, contract, document };
}

async function buildWorld() {
  return { a: await buildTenant("A"), b: await buildTenant("B") };
}

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("tenant isolation in lib/data", () => {
  it("lists only the own tenant's customers to staff", async () => {
    const ctx = await contextFor(w.b.owner.id);
    const page = await listCustomers(ctx, { take: 100 });
    const ids = page.items.map((c) => c.id);
    expect(ids).toContain(w.b.customer.id);
    expect(ids).not.toContain(w.a.customer.id);
  });

  it("returns no contracts of another tenant's customer to staff", async () => {
    const ctx = await contextFor(w.b.owner.id);
    expect(await listVisibleContracts(ctx, { customerId: w.a.customer.id })).toEqual([]);
    expect((await listVisibleContracts(ctx, { customerId: w.b.customer.id })).map((c) => c.id)).toEqual([w.b.contract.id]);
  });

  it("returns no documents of another tenant's customer to staff", async () => {
    const ctx = await contextFor(w.b.owner.id);
    expect((await listVisibleDocuments(ctx, { customerId: w.a.customer.id })).items).toEqual([]);
  });

  it("refuses a document download for another tenant", async () => {
    for (const userId of [w.b.owner.id, w.b.user.id]) {
      const ctx = await contextFor(userId);
      expect(await authorizeDocumentDownload(ctx, { documentId: w.a.document.id })).toBeNull();
    }
    const views = await db.auditLog.count({ where: { action: "document.view", entityId: w.a.document.id } });
    expect(views).toBe(0);
  });

  it("refuses every data function for anonymous callers", async () => {
    await expect(listCustomers(null)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listVisibleContracts(null)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listVisibleDocuments(null)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(authorizeDocumentDownload(null, { documentId: w.a.document.id })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("refuses the broker customer list to customers", async () => {
    const ctx = await contextFor(w.a.user.id);
    await expect(listCustomers(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("customer folder rules", () => {
  it("shows a customer only their own released contracts", async () => {
    const ctx = await contextFor(w.a.user.id);
    expect((await listVisibleContracts(ctx)).map((c) => c.id)).toEqual([w.a.contract.id]);
    const other = await createCustomer(w.a.tenant.id, { lastName: "Nachbar" });
    await createContract(w.a.tenant.id, other.id, { module: "INSURANCE" });
    // Asking for another customer's folder yields nothing, not an error that confirms it exists.
    expect(await listVisibleContracts(ctx, { customerId: other.id })).toEqual([]);
  });

  it("hides contracts of modules that are not released", async () => {
    const customer = await createCustomer(w.a.tenant.id, { lastName: "Ohne-Freigabe" });
    const user = await createCustomerUser(w.a.tenant.id, customer.id, { password: "Sehr-sicheres-Passwort-1" });
    const contract = await createContract(w.a.tenant.id, customer.id, { module: "INSURANCE" });
    await createContract(w.a.tenant.id, customer.id, { module: "FINANCE" });
    expect(await listVisibleContracts(await contextFor(user.id))).toEqual([]);

    await db.moduleRelease.create({
      data: { tenantId: w.a.tenant.id, customerId: customer.id, module: "INSURANCE", level: "READ" },
    });
    // Releases take effect on the next request (context is rebuilt per request).
    expect((await listVisibleContracts(await contextFor(user.id))).map((c) => c.id)).toEqual([contract.id]);
  });

  it("hides a document the broker has not made visible and refuses its download", async () => {
    const hidden = await createDocument(w.a.tenant.id, w.a.customer.id, {
      contractId: w.a.contract.id,
      isVisibleToCustomer: false,
    });
    const ctx = await contextFor(w.a.user.id);
    const ids = (await listVisibleDocuments(ctx)).items.map((d) => d.id);
    expect(ids).toContain(w.a.document.id);
    expect(ids).not.toContain(hidden.id);
    expect(await authorizeDocumentDownload(ctx, { documentId: hidden.id })).toBeNull();
  });

  it("downloads an own document through a presigned URL and audits the read", async () => {
    const ctx = await contextFor(w.a.user.id);
    const result = await authorizeDocumentDownload(ctx, { documentId: w.a.document.id });
    expect(result).not.toBeNull();
    const res = await fetch(result!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const audit = await db.auditLog.findFirst({
      where: { action: "document.view", entityId: w.a.document.id, actorUserId: w.a.user.id },
    });
    expect(audit?.tenantId).toBe(w.a.tenant.id);
    expect(audit?.customerId).toBe(w.a.customer.id);
    const unread = (await listVisibleDocuments(ctx)).items.find((d) => d.id === w.a.document.id);
    expect(unread?.isRead).toBe(true);
  });

  it("rejects malformed ids without touching the database", async () => {
    const ctx = await contextFor(w.a.user.id);
    expect(await authorizeDocumentDownload(ctx, { documentId: "../../etc/passwd" })).toBeNull();
  });
});

describe("advisor scope", () => {
  it("limits an advisor restricted to own customers to exactly those", async () => {
    const advisor = await createStaff(w.a.tenant.id, { role: "advisor" });
    const own = await createCustomer(w.a.tenant.id, { lastName: "Eigener", advisorId: advisor.id });
    const ctx = await contextFor(advisor.id);
    expect(ctx.actor.kind === "STAFF" && ctx.actor.role.onlyOwnCustomers).toBe(true);
    const ids = (await listCustomers(ctx, { take: 100 })).items.map((c) => c.id);
    expect(ids).toEqual([own.id]);
    expect(await listVisibleContracts(ctx, { customerId: w.a.customer.id })).toEqual([]);
  });
});
