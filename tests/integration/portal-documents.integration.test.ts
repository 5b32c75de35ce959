import { beforeAll, describe, expect, it } from "vitest";
import type { PortalModule, ReleaseLevel } from "@/lib/db/generated/enums";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { getVisibleDocument } from "@/lib/data/documents/get-visible-document";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { loadDocumentInbox } from "@/lib/data/documents/load-document-inbox";
import { uploadOwnDocument } from "@/lib/data/documents/upload-own-document";
import { db } from "@/lib/db/client";
import { readMultipartUpload } from "@/lib/documents/read-multipart-upload";
import { MAX_UPLOAD_BYTES } from "@/lib/documents/upload-limits";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { getObjectBytes } from "@/lib/storage/get-object";
import {
  createContract,
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant,
  tinyPdf,
} from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { objectsUnder, uploadRequest, type UploadFile } from "../setup/uploads";

const german = translatorFor("de-DE");
const text = (message: Msg) => translateMessage(german, message);

/** The route's work without HTTP: parse the multipart body and hand the file to the data layer. */
async function upload(ctx: RequestContext, fields: Record<string, string> = {}, file?: UploadFile) {
  const request = await uploadRequest(file ?? { name: "Maklervollmacht.pdf", bytes: tinyPdf("Vollmacht") }, {
    category: "BROKER_MANDATE",
    ...fields,
  });
  return readMultipartUpload(request, MAX_UPLOAD_BYTES, (part) => uploadOwnDocument(ctx, part));
}

type Releases = Partial<Record<PortalModule, ReleaseLevel>>;

/** A tenant with an advisor and a customer who signs in, with the given releases. */
async function folder(releases: Releases = { INSURANCE: "WRITE", PROFILE: "READ", CLAIMS: "WRITE" }) {
  const tenant = await createTenant();
  const advisor = await createStaff(tenant.id, { role: "advisor" });
  const customer = await createCustomer(tenant.id, { advisorId: advisor.id });
  const user = await createCustomerUser(tenant.id, customer.id);
  await release(tenant.id, customer.id, releases);
  return { tenant, advisor, customer, user, ctx: await contextFor(user.id) };
}

async function release(tenantId: string, customerId: string, releases: Releases) {
  await db.moduleRelease.createMany({
    data: Object.entries(releases).map(([module, level]) => ({
      tenantId,
      customerId,
      module: module as PortalModule,
      level: level as ReleaseLevel,
    })),
  });
}

async function createClaim(tenantId: string, customerId: string, contractId: string | null = null) {
  return db.claim.create({
    data: { tenantId, customerId, contractId, occurredOn: new Date("2026-02-01"), description: "Wasserschaden im Keller" },
  });
}

async function expectNothingStored(tenantId: string, customerId: string) {
  expect(await db.document.count({ where: { tenantId, customerId } })).toBe(0);
  expect(await objectsUnder(tenantId, customerId)).toEqual([]);
}

const listed = async (ctx: RequestContext, params: Parameters<typeof listVisibleDocuments>[1] = {}) =>
  (await listVisibleDocuments(ctx, params)).items.map((d) => d.id);

beforeAll(async () => {
  await ensureBucket();
});

describe("customer uploads", () => {
  it("stores a general upload as the customer's own, tells the advisor and audits it", async () => {
    const { tenant, advisor, customer, user, ctx } = await folder();
    const pdf = tinyPdf("Vollmacht unterschrieben");

    const result = await upload(ctx, { title: "Unterschriebene Vollmacht" }, { name: "vollmacht.pdf", bytes: pdf });

    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const doc = await db.document.findUniqueOrThrow({ where: { id: result.id } });
    expect(doc).toMatchObject({
      tenantId: tenant.id,
      customerId: customer.id,
      contractId: null,
      claimId: null,
      category: "BROKER_MANDATE",
      title: "Unterschriebene Vollmacht",
      fileName: "vollmacht.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      origin: "CUSTOMER",
      isVisibleToCustomer: true,
      uploadedById: user.id,
      deletedAt: null,
    });
    expect(doc.storageKey).toMatch(new RegExp(`^t/${tenant.id}/c/${customer.id}/[0-9a-f-]{36}$`));
    expect(Buffer.from(await getObjectBytes(doc.storageKey)).equals(pdf)).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "document.uploaded", entityId: doc.id } });
    expect(audit).toMatchObject({ tenantId: tenant.id, actorUserId: user.id, actorKind: "customer", customerId: customer.id });
    expect(JSON.stringify(audit.data)).not.toContain("Vollmacht");

    const notifications = await db.notification.findMany({ where: { tenantId: tenant.id, type: "document.uploaded" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ userId: advisor.id, link: `/broker/customers/${customer.id}#documents` });
    // generic text: the customer number, never the document's title or file name
    expect(notifications[0]?.title).toBe(`Neues Dokument von Kunde ${customer.customerNumber}`);

    // the customer finds it in the inbox as their own upload, not as unread news
    expect(await listed(ctx)).toEqual([doc.id]);
    expect((await listVisibleDocuments(ctx)).items[0]).toMatchObject({ origin: "CUSTOMER", isRead: true });
    expect((await loadDocumentInbox(ctx, {})).unreadCount).toBe(0);
  });

  it("names the file as the title when the customer types none and defaults the category to other", async () => {
    const { ctx } = await folder();
    const result = await upload(ctx, { category: "" }, { name: "IMG_2041.jpg", bytes: jpeg() });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const doc = await db.document.findUniqueOrThrow({ where: { id: result.id } });
    expect(doc).toMatchObject({ title: "IMG_2041", contentType: "image/jpeg", category: "OTHER" });
  });

  it("refuses a category the broker reserves for himself", async () => {
    const { tenant, customer, ctx } = await folder();
    const result = await upload(ctx, { category: "POLICY" });
    expect(result).toEqual({ ok: false, status: 400, error: "inbox.errors.categoryInvalid" });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses an upload into a household member's folder, even with her consent to view it", async () => {
    const { tenant, customer: max, user } = await folder();
    const erika = await createCustomer(tenant.id);
    await release(tenant.id, erika.id, { INSURANCE: "WRITE", PROFILE: "WRITE", CLAIMS: "WRITE" });
    const household = await db.household.create({ data: { tenantId: tenant.id, name: "Familie Muster" } });
    await db.customer.updateMany({ where: { id: { in: [max.id, erika.id] } }, data: { householdId: household.id } });
    await db.householdConsent.create({
      data: {
        tenantId: tenant.id,
        householdId: household.id,
        grantorCustomerId: erika.id,
        granteeCustomerId: max.id,
        grantedAt: new Date(),
      },
    });
    const ctx = await contextFor(user.id, undefined, { folderCustomerId: erika.id });
    if (ctx.actor.kind !== "CUSTOMER") throw new Error("no customer context");
    expect(ctx.actor).toMatchObject({ customerId: erika.id, folderReadOnly: true });

    await expect(upload(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
    await expectNothingStored(tenant.id, erika.id);
    await expectNothingStored(tenant.id, max.id);
  });

  it("attaches an upload to a contract of a module released for writing", async () => {
    const { tenant, customer, ctx } = await folder({ OTHER_CONTRACTS: "WRITE" });
    const contract = await createContract(tenant.id, customer.id, { module: "OTHER" });
    const result = await upload(ctx, { contractId: contract.id, category: "INVOICE" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.document.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ contractId: contract.id });
    expect(await listed(ctx, { contractId: contract.id })).toEqual([result.id]);
  });

  it("refuses an upload to a contract whose module is only released for reading", async () => {
    const { tenant, customer, ctx } = await folder({ INSURANCE: "READ", PROFILE: "WRITE" });
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const result = await upload(ctx, { contractId: contract.id });
    expect(result).toEqual({ ok: false, status: 403, error: "inbox.errors.contractReadOnly" });
    if (!result.ok) expect(text(result.error)).toContain("keine Dokumente hochladen");
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses contracts of hidden modules, of other customers and of other tenants alike", async () => {
    const { tenant, customer, ctx } = await folder({ INSURANCE: "WRITE", PROFILE: "WRITE" });
    const hidden = await createContract(tenant.id, customer.id, { module: "FINANCE" });
    const neighbour = await createCustomer(tenant.id);
    const neighbours = await createContract(tenant.id, neighbour.id, { module: "INSURANCE" });
    const otherTenant = await createTenant();
    const stranger = await createCustomer(otherTenant.id);
    const strangers = await createContract(otherTenant.id, stranger.id, { module: "INSURANCE" });

    for (const contractId of [hidden.id, neighbours.id, strangers.id, "0190a6d5-0000-7000-8000-000000000000"]) {
      expect(await upload(ctx, { contractId })).toEqual({ ok: false, status: 400, error: "inbox.errors.contractInvalid" });
    }
    expect(await upload(ctx, { contractId: "not-a-uuid" })).toEqual({
      ok: false,
      status: 400,
      error: "inbox.errors.contractInvalid",
    });
    await expectNothingStored(tenant.id, customer.id);
    await expectNothingStored(tenant.id, neighbour.id);
    await expectNothingStored(otherTenant.id, stranger.id);
  });

  it("attaches photos to the customer's own claim when claims are released for writing", async () => {
    const { tenant, customer, ctx } = await folder({ CLAIMS: "WRITE" });
    const claim = await createClaim(tenant.id, customer.id);
    const result = await upload(ctx, { claimId: claim.id, category: "CLAIM" }, { name: "keller.png", bytes: png() });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.document.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      claimId: claim.id,
      contractId: null,
      category: "CLAIM",
      contentType: "image/png",
    });
    // without the profile module: visible through the claims release
    expect(await listed(ctx)).toEqual([result.id]);
  });

  it("refuses a claim photo for another customer's claim", async () => {
    const { tenant, customer, ctx } = await folder({ CLAIMS: "WRITE" });
    const neighbour = await createCustomer(tenant.id);
    const claim = await createClaim(tenant.id, neighbour.id);
    expect(await upload(ctx, { claimId: claim.id })).toEqual({ ok: false, status: 400, error: "inbox.errors.claimInvalid" });
    await expectNothingStored(tenant.id, customer.id);
    await expectNothingStored(tenant.id, neighbour.id);
  });

  it("refuses a claim photo when claims are only released for reading or hidden", async () => {
    const read = await folder({ CLAIMS: "READ" });
    const ownClaim = await createClaim(read.tenant.id, read.customer.id);
    expect(await upload(read.ctx, { claimId: ownClaim.id })).toEqual({
      ok: false,
      status: 403,
      error: "inbox.errors.claimReadOnly",
    });
    await expectNothingStored(read.tenant.id, read.customer.id);

    const hidden = await folder({ PROFILE: "WRITE" });
    const hiddenClaim = await createClaim(hidden.tenant.id, hidden.customer.id);
    expect(await upload(hidden.ctx, { claimId: hiddenClaim.id })).toMatchObject({ status: 400 });
    await expectNothingStored(hidden.tenant.id, hidden.customer.id);
  });

  it("refuses an HTML page named like a PDF and leaves neither row nor object", async () => {
    const { tenant, customer, ctx } = await folder();
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const result = await upload(ctx, {}, { name: "rechnung.pdf", bytes: html });
    expect(result).toEqual({ ok: false, status: 415, error: "documents.errors.typeNotAllowed" });
    await expectNothingStored(tenant.id, customer.id);
    expect(await db.notification.count({ where: { tenantId: tenant.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "document.uploaded" } })).toBe(0);
  });

  it("refuses staff through the customer upload", async () => {
    const { tenant } = await folder();
    const owner = await createStaff(tenant.id, { role: "owner" });
    await expect(upload(await contextFor(owner.id))).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("what the customer sees in the inbox", () => {
  it("shows the customer's own general uploads even without the profile module, but not the broker's", async () => {
    const { tenant, customer, ctx } = await folder({ INSURANCE: "READ" });
    const brokers = await createDocument(tenant.id, customer.id, { category: "CORRESPONDENCE" });
    const result = await upload(ctx);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await listed(ctx)).toEqual([result.id]);
    expect(await authorizeDocumentDownload(ctx, { documentId: brokers.id })).toBeNull();
    expect(await authorizeDocumentDownload(ctx, { documentId: result.id })).not.toBeNull();
  });

  it("never lists nor hands out hidden-module, invisible, quarantined or other customers' documents", async () => {
    const { tenant, customer, ctx } = await folder({ INSURANCE: "READ", PROFILE: "READ" });
    const insurance = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const finance = await createContract(tenant.id, customer.id, { module: "FINANCE" });
    const shown = await createDocument(tenant.id, customer.id, { contractId: insurance.id });
    const general = await createDocument(tenant.id, customer.id, { category: "CORRESPONDENCE" });
    const neighbour = await createCustomer(tenant.id);
    const neighbourClaim = await createClaim(tenant.id, neighbour.id);
    const ownClaim = await createClaim(tenant.id, customer.id);
    const otherTenant = await createTenant();
    const stranger = await createCustomer(otherTenant.id);
    const never = [
      await createDocument(tenant.id, customer.id, { contractId: finance.id }),
      await createDocument(tenant.id, customer.id, { contractId: insurance.id, isVisibleToCustomer: false }),
      await createDocument(tenant.id, customer.id, { isVisibleToCustomer: false, origin: "CUSTOMER" }),
      await createDocument(tenant.id, customer.id, { contractId: insurance.id, scanState: "PENDING" }),
      await createDocument(tenant.id, customer.id, { contractId: insurance.id, scanState: "INFECTED" }),
      await createDocument(tenant.id, customer.id, { contractId: insurance.id, deletedAt: new Date() }),
      // claims are not released in this folder
      await createDocument(tenant.id, customer.id, { claimId: ownClaim.id, category: "CLAIM" }),
      // a claim of somebody else, even when filed in this folder by mistake
      await createDocument(tenant.id, customer.id, { claimId: neighbourClaim.id, category: "CLAIM" }),
      await createDocument(tenant.id, neighbour.id, { category: "CORRESPONDENCE" }),
      await createDocument(otherTenant.id, stranger.id, { category: "CORRESPONDENCE" }),
    ];

    expect((await listed(ctx)).sort()).toEqual([shown.id, general.id].sort());
    for (const doc of never) {
      expect(await authorizeDocumentDownload(ctx, { documentId: doc.id })).toBeNull();
      expect(await getVisibleDocument(ctx, doc.id)).toBeNull();
    }
    expect(await db.auditLog.count({ where: { action: "document.view", entityId: { in: never.map((d) => d.id) } } })).toBe(0);
    const inbox = await loadDocumentInbox(ctx, {});
    expect(inbox.unreadCount).toBe(2);
    expect(inbox.contracts.map((c) => c.id)).toEqual([insurance.id]);
  });

  it("shows claim documents once claims are released, but not the neighbour's claim filed here", async () => {
    const { tenant, customer, ctx } = await folder({ CLAIMS: "READ" });
    const ownClaim = await createClaim(tenant.id, customer.id);
    const neighbourClaim = await createClaim(tenant.id, (await createCustomer(tenant.id)).id);
    const photo = await createDocument(tenant.id, customer.id, { claimId: ownClaim.id, category: "CLAIM" });
    await createDocument(tenant.id, customer.id, { claimId: neighbourClaim.id, category: "CLAIM" });
    expect(await listed(ctx)).toEqual([photo.id]);
  });

  it("filters by contract and by category and pages with a cursor, newest first", async () => {
    const { tenant, customer, ctx } = await folder({ INSURANCE: "READ", PROFILE: "READ" });
    const house = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const car = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 9, minute));
    const policy = await createDocument(tenant.id, customer.id, { contractId: house.id, category: "POLICY", createdAt: at(1) });
    const invoice = await createDocument(tenant.id, customer.id, { contractId: house.id, category: "INVOICE", createdAt: at(2) });
    const carPolicy = await createDocument(tenant.id, customer.id, { contractId: car.id, category: "POLICY", createdAt: at(3) });
    const letter = await createDocument(tenant.id, customer.id, { category: "CORRESPONDENCE", createdAt: at(4) });

    expect(await listed(ctx)).toEqual([letter.id, carPolicy.id, invoice.id, policy.id]);
    expect(await listed(ctx, { contractId: house.id })).toEqual([invoice.id, policy.id]);
    expect(await listed(ctx, { category: "POLICY" })).toEqual([carPolicy.id, policy.id]);
    expect(await listed(ctx, { contractId: house.id, category: "POLICY" })).toEqual([policy.id]);

    const inbox = await loadDocumentInbox(ctx, { contract: car.id, category: "nonsense", cursor: "x" });
    expect(inbox.filter).toEqual({ contract: car.id, category: undefined, cursor: undefined });
    expect(inbox.page.items.map((d) => d.id)).toEqual([carPolicy.id]);

    const first = await listVisibleDocuments(ctx, { take: 3 });
    expect(first.items.map((d) => d.id)).toEqual([letter.id, carPolicy.id, invoice.id]);
    const second = await listVisibleDocuments(ctx, { take: 3, cursor: first.nextCursor ?? undefined });
    expect(second).toMatchObject({ items: [expect.objectContaining({ id: policy.id })], nextCursor: null });

    // another customer's contract id as a filter yields nothing
    const neighbour = await createCustomer(tenant.id);
    const foreign = await createContract(tenant.id, neighbour.id, { module: "INSURANCE" });
    await createDocument(tenant.id, neighbour.id, { contractId: foreign.id });
    expect(await listed(ctx, { contractId: foreign.id })).toEqual([]);

    // another customer's document id as a cursor does not position this list: it starts at the top
    const foreignDoc = await createDocument(tenant.id, neighbour.id, { createdAt: at(3) });
    const probed = await listVisibleDocuments(ctx, { take: 3, cursor: foreignDoc.id });
    expect(probed.items.map((d) => d.id)).toEqual([letter.id, carPolicy.id, invoice.id]);
  });

  it("marks a document read after its download and counts the unread ones", async () => {
    const { tenant, customer, user, ctx } = await folder({ INSURANCE: "READ", PROFILE: "READ" });
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE" });
    const a = await createDocument(tenant.id, customer.id, { contractId: contract.id });
    const b = await createDocument(tenant.id, customer.id, { category: "CORRESPONDENCE" });
    const before = await loadDocumentInbox(ctx, {});
    expect(before.unreadCount).toBe(2);
    expect(before.page.items.every((d) => !d.isRead)).toBe(true);

    const inline = await authorizeDocumentDownload(ctx, { documentId: a.id, disposition: "inline" });
    const res = await fetch(inline?.url ?? "");
    expect(res.headers.get("content-disposition")).toMatch(/^inline;/);

    const after = await loadDocumentInbox(ctx, {});
    expect(after.unreadCount).toBe(1);
    expect(Object.fromEntries(after.page.items.map((d) => [d.id, d.isRead]))).toEqual({ [a.id]: true, [b.id]: false });
    const audit = await db.auditLog.findFirst({ where: { action: "document.view", entityId: a.id, actorUserId: user.id } });
    expect(audit?.data).toEqual({ disposition: "inline" });
  });

  it("describes a visible document for its preview page and nothing for malformed ids", async () => {
    const { tenant, customer, ctx } = await folder({ INSURANCE: "READ", PROFILE: "READ" });
    const contract = await createContract(tenant.id, customer.id, { module: "INSURANCE", policyNumber: "HR-4711" });
    const doc = await createDocument(tenant.id, customer.id, { contractId: contract.id, title: "Police Hausrat" });
    expect(await getVisibleDocument(ctx, doc.id)).toMatchObject({
      id: doc.id,
      title: "Police Hausrat",
      contentType: "application/pdf",
      policyNumber: "HR-4711",
      origin: "BROKER",
    });
    expect(await getVisibleDocument(ctx, "../etc/passwd")).toBeNull();
    await expect(getVisibleDocument(null, doc.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(loadDocumentInbox(null, {})).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

/** Smallest byte sequences the magic-byte check accepts as JPEG and PNG. */
function jpeg(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 1)]);
}
function png(): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);
}
