import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import type { RequestContext } from "@/lib/data/context/types";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { uploadDocument } from "@/lib/data/documents/upload-document";
import { db } from "@/lib/db/client";
import { readMultipartUpload } from "@/lib/documents/read-multipart-upload";
import { MAX_UPLOAD_BYTES } from "@/lib/documents/upload-limits";
import { translatorFor } from "@/lib/i18n/translator-for";
import { translateMessage } from "@/lib/i18n/translate-message";
import type { Msg } from "@/lib/i18n/message-key";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { getObjectBytes } from "@/lib/storage/get-object";
import { createContract, createCustomer, createCustomerUser, createStaff, createTenant, tinyPdf } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { objectsUnder, uploadRequest, type UploadFile } from "../setup/uploads";

const german = translatorFor("de-DE");
const text = (message: Msg) => translateMessage(german, message);

/** The route's work without HTTP: parse the multipart body and hand the file to the data layer. */
async function upload(ctx: RequestContext, customerId: string, file: UploadFile, fields?: Record<string, string>) {
  return readMultipartUpload(await uploadRequest(file, fields), MAX_UPLOAD_BYTES, (part) =>
    uploadDocument(ctx, customerId, part),
  );
}

async function folder() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  const customer = await createCustomer(tenant.id);
  return { tenant, owner, customer, ctx: await contextFor(owner.id) };
}

async function expectNothingStored(tenantId: string, customerId: string) {
  expect(await db.document.count({ where: { tenantId, customerId } })).toBe(0);
  expect(await objectsUnder(tenantId, customerId)).toEqual([]);
}

beforeAll(async () => {
  await ensureBucket();
});

describe("document upload", () => {
  it("streams a PDF into S3, records it and serves it back through the download", async () => {
    const { tenant, owner, customer, ctx } = await folder();
    const contract = await createContract(tenant.id, customer.id);
    const pdf = tinyPdf("Police Hausrat 2026");

    const result = await upload(
      ctx,
      customer.id,
      { name: "Police Hausrat.pdf", bytes: pdf, type: "text/html" },
      {
        category: "POLICY",
        documentDate: "2026-01-15",
        isVisibleToCustomer: "true",
        contractId: contract.id,
      },
    );

    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const doc = await db.document.findUniqueOrThrow({ where: { id: result.id } });
    expect(doc).toMatchObject({
      tenantId: tenant.id,
      customerId: customer.id,
      contractId: contract.id,
      title: "Police Hausrat",
      fileName: "Police Hausrat.pdf",
      category: "POLICY",
      // the browser's claim (text/html) is ignored; the bytes decide
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      origin: "BROKER",
      uploadedById: owner.id,
      scanState: "SKIPPED",
      isVisibleToCustomer: true,
      deletedAt: null,
    });
    expect(doc.documentDate?.toISOString().slice(0, 10)).toBe("2026-01-15");
    expect(doc.storageKey).toMatch(new RegExp(`^t/${tenant.id}/c/${customer.id}/[0-9a-f-]{36}$`));
    expect(Buffer.from(await getObjectBytes(doc.storageKey)).equals(pdf)).toBe(true);

    const download = await authorizeDocumentDownload(ctx, { documentId: doc.id });
    const res = await fetch(download?.url ?? "");
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "document.uploaded", entityId: doc.id } });
    expect(audit).toMatchObject({ tenantId: tenant.id, actorUserId: owner.id, customerId: customer.id });
    // ids and facts only: neither the title nor the file name (personal content) goes into the log
    expect(JSON.stringify(audit.data)).not.toContain("Hausrat");
  });

  it("keeps the title the broker typed and leaves the document hidden from the customer by default", async () => {
    const { customer, ctx } = await folder();
    const result = await upload(ctx, customer.id, { name: "scan_0001.pdf", bytes: tinyPdf() }, { title: "Maklervollmacht" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const doc = await db.document.findUniqueOrThrow({ where: { id: result.id } });
    expect(doc).toMatchObject({ title: "Maklervollmacht", isVisibleToCustomer: false, contractId: null, documentDate: null });
  });

  it("refuses an HTML page renamed to .pdf and stores nothing", async () => {
    const { tenant, customer, ctx } = await folder();
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const result = await upload(ctx, customer.id, { name: "police.pdf", bytes: html });
    expect(result).toEqual({ ok: false, status: 415, error: "documents.errors.typeNotAllowed" });
    if (!result.ok) expect(text(result.error)).toContain("Dieser Dateityp ist nicht erlaubt");
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses an SVG image and a script whatever their names say", async () => {
    const { tenant, customer, ctx } = await folder();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const script = Buffer.from("#!/bin/sh\nrm -rf /\n");
    expect(await upload(ctx, customer.id, { name: "logo.png", bytes: svg, type: "image/png" })).toMatchObject({ status: 415 });
    expect(await upload(ctx, customer.id, { name: "rechnung.pdf", bytes: script })).toMatchObject({ status: 415 });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a 30 MB file, aborts what reached S3 and stores nothing", async () => {
    const { tenant, customer, ctx } = await folder();
    const big = Buffer.alloc(30 * 1024 * 1024, 0x20);
    big.write("%PDF-1.4\n", 0, "latin1");
    const result = await upload(ctx, customer.id, { name: "riesig.pdf", bytes: big });
    expect(result).toEqual({ ok: false, status: 413, error: { key: "documents.errors.tooLarge", values: { maxMb: 25 } } });
    if (!result.ok) expect(text(result.error)).toContain("größer als 25 MB");
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses an empty file and stores nothing", async () => {
    const { tenant, customer, ctx } = await folder();
    const result = await upload(ctx, customer.id, { name: "leer.pdf", bytes: Buffer.alloc(0) });
    expect(result).toEqual({ ok: false, status: 400, error: "documents.errors.empty" });
    if (!result.ok) expect(text(result.error)).toContain("Die Datei ist leer");
    await expectNothingStored(tenant.id, customer.id);
  });

  it.each(["../x.pdf", "..\\x.pdf", "ordner/police.pdf", "rechnung\u202Efdp.exe", ".."])(
    "refuses the file name %j and stores nothing",
    async (name) => {
      const { tenant, customer, ctx } = await folder();
      const result = await upload(ctx, customer.id, { name, bytes: tinyPdf() });
      expect(result).toEqual({ ok: false, status: 400, error: "documents.errors.fileNameInvalid" });
      if (!result.ok) expect(text(result.error)).toContain("Pfadangaben");
      await expectNothingStored(tenant.id, customer.id);
    },
  );

  it("refuses a file name with control characters and stores nothing", async () => {
    // busboy already rejects most control characters in part headers; the data layer checks them too
    const { tenant, customer, ctx } = await folder();
    for (const fileName of ["rechnung\u0007.pdf", "police\u0000.pdf", "zeile\nzwei.pdf"]) {
      const result = await uploadDocument(ctx, customer.id, {
        fileName,
        body: Readable.from([tinyPdf()]),
        fields: {},
        maxBytes: MAX_UPLOAD_BYTES,
      });
      expect(result).toEqual({ ok: false, status: 400, error: "documents.errors.fileNameInvalid" });
    }
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a contract of another customer", async () => {
    const { tenant, customer, ctx } = await folder();
    const other = await createCustomer(tenant.id);
    const foreignContract = await createContract(tenant.id, other.id);
    const result = await upload(ctx, customer.id, { name: "police.pdf", bytes: tinyPdf() }, { contractId: foreignContract.id });
    expect(result).toEqual({ ok: false, status: 400, error: "documents.validation.contractInvalid" });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a form that breaks off in the middle of the file", async () => {
    const { tenant, customer, ctx } = await folder();
    const boundary = "----cut";
    const cut = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="police.pdf"\r\n`),
      Buffer.from("Content-Type: application/pdf\r\n\r\n"),
      tinyPdf().subarray(0, 40),
    ]);
    const request = new Request("http://upload.test/", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: cut,
    });
    const result = await readMultipartUpload(request, MAX_UPLOAD_BYTES, (part) => uploadDocument(ctx, customer.id, part));
    expect(result).toEqual({ ok: false, status: 400, error: "documents.errors.incomplete" });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a request without a file", async () => {
    const { customer, ctx } = await folder();
    const request = await uploadRequest(null);
    expect(await readMultipartUpload(request, MAX_UPLOAD_BYTES, (part) => uploadDocument(ctx, customer.id, part))).toEqual({
      ok: false,
      status: 400,
      error: "documents.errors.noFile",
    });
  });
});

describe("who may upload documents", () => {
  it("refuses an upload into another tenant's customer folder", async () => {
    const a = await folder();
    const b = await folder();
    await expect(upload(b.ctx, a.customer.id, { name: "police.pdf", bytes: tinyPdf() })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expectNothingStored(a.tenant.id, a.customer.id);
  });

  it("refuses staff whose role lacks importDocuments", async () => {
    const { tenant, customer } = await folder();
    const partner = await createStaff(tenant.id, { role: "partner" });
    await db.customer.update({ where: { id: customer.id }, data: { advisorId: partner.id } });
    const ctx = await contextFor(partner.id);
    await expect(upload(ctx, customer.id, { name: "police.pdf", bytes: tinyPdf() })).rejects.toBeInstanceOf(AccessDeniedError);
    await expectNothingStored(tenant.id, customer.id);
  });

  it("lets an advisor upload for own customers only", async () => {
    const { tenant, customer: foreign } = await folder();
    const advisor = await createStaff(tenant.id, { role: "advisor" });
    const own = await createCustomer(tenant.id, { advisorId: advisor.id });
    const ctx = await contextFor(advisor.id);

    await expect(upload(ctx, foreign.id, { name: "police.pdf", bytes: tinyPdf() })).rejects.toBeInstanceOf(AccessDeniedError);
    await expectNothingStored(tenant.id, foreign.id);
    expect(await upload(ctx, own.id, { name: "police.pdf", bytes: tinyPdf() })).toMatchObject({ ok: true });
  });

  it("refuses a customer's own login and anonymous callers", async () => {
    const { tenant, customer } = await folder();
    const login = await createCustomerUser(tenant.id, customer.id);
    const file = () => ({ fileName: "police.pdf", body: Readable.from([tinyPdf()]), fields: {}, maxBytes: MAX_UPLOAD_BYTES });
    await expect(uploadDocument(await contextFor(login.id), customer.id, file())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(uploadDocument(null, customer.id, file())).rejects.toBeInstanceOf(AccessDeniedError);
    await expectNothingStored(tenant.id, customer.id);
  });
});
