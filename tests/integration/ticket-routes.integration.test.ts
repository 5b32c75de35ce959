import { beforeAll, describe, expect, it } from "vitest";
import { receiveNewTicket, receiveTicketReply } from "@/app/api/tickets/receive-ticket-message";
import { refusalResponse } from "@/app/api/tickets/ticket-route-helpers";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { db } from "@/lib/db/client";
import { readMultipartFiles } from "@/lib/documents/read-multipart-files";
import { MAX_UPLOAD_BYTES } from "@/lib/documents/upload-limits";
import { getObjectBytes } from "@/lib/storage/get-object";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { translateMessage } from "@/lib/i18n/translate-message";
import { translatorFor } from "@/lib/i18n/translator-for";
import { TICKET_ATTACHMENTS_MAX, TICKETS_PER_DAY } from "@/lib/validation/ticket";
import { createStaff, createTenant, tinyPdf } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { openTicket, ticketCustomer } from "../setup/ticket-write-fixtures";
import { objectsUnder, type UploadFile } from "../setup/uploads";

// The ticket routes' work without HTTP (host, session and origin are the routes' own checks): real
// multipart bodies, streamed into the local s3rver, committed by the real data functions.

const SUBJECT = "Neue Police für das Auto";
const BODY = "Anbei die Police.\nBitte prüfen Sie den Beitrag.";
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 0x11)]);
const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(64)]);
const HTML = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");

/** A POST as the compose form sends it: text fields first, then the files. */
async function formRequest(fields: Record<string, string>, files: UploadFile[] = []): Promise<Request> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type ?? "application/pdf" }), f.name);
  const encoded = new Response(form);
  return new Request("http://upload.test/api/tickets", {
    method: "POST",
    headers: { "content-type": encoded.headers.get("content-type") ?? "" },
    body: Buffer.from(await encoded.arrayBuffer()),
  });
}

async function office() {
  const tenant = await createTenant();
  const advisor = await createStaff(tenant.id, { role: "advisor" });
  const { customer, user, ctx } = await ticketCustomer(tenant.id, advisor.id);
  return { tenant, advisor, customer, user, ctx };
}

async function expectNothingStored(tenantId: string, customerId: string) {
  expect(await objectsUnder(tenantId, customerId)).toEqual([]);
  expect(await db.document.count({ where: { tenantId, customerId } })).toBe(0);
}

beforeAll(async () => {
  await ensureBucket();
});

describe("sending a ticket message with attachments", () => {
  it("stores a customer's PDF as one document of the new ticket's first message", async () => {
    const { tenant, customer, user, ctx } = await office();
    const pdf = tinyPdf("Police Kfz");
    const result = await receiveNewTicket(
      ctx,
      await formRequest({ subject: SUBJECT, body: BODY }, [{ name: "Police Kfz.pdf", bytes: pdf }]),
      null,
    );

    if (!result.ok) throw new Error(JSON.stringify(result));
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: result.id },
      include: { messages: { include: { attachments: true } } },
    });
    expect(ticket).toMatchObject({ customerId: customer.id, subject: SUBJECT });
    expect(ticket.messages).toHaveLength(1);
    const [doc] = ticket.messages[0]?.attachments ?? [];
    expect(ticket.messages[0]?.attachments).toHaveLength(1);
    expect(doc).toMatchObject({
      tenantId: tenant.id,
      customerId: customer.id,
      title: "Police Kfz",
      fileName: "Police Kfz.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      category: "CORRESPONDENCE",
      origin: "CUSTOMER",
      isVisibleToCustomer: true,
      uploadedById: user.id,
      scanState: "SKIPPED",
    });
    expect(await objectsUnder(tenant.id, customer.id)).toEqual([doc?.storageKey]);
    expect(Buffer.from(await getObjectBytes(doc?.storageKey ?? "")).equals(pdf)).toBe(true);
  });

  it("stores a staff member's internal note with two files, hidden from the customer, in the customer's folder", async () => {
    const { tenant, advisor, customer, ctx } = await office();
    const ticketId = await openTicket(ctx);
    const staffCtx = await contextFor(advisor.id);
    const request = await formRequest({ internal: "true", body: "Vertrag liegt vor, Beitrag stimmt." }, [
      { name: "Vertrag.pdf", bytes: tinyPdf() },
      { name: "Foto.jpg", bytes: JPEG, type: "image/jpeg" },
    ]);

    const result = await receiveTicketReply(staffCtx, request, ticketId);

    if (!result.ok) throw new Error(JSON.stringify(result));
    const docs = await db.document.findMany({ where: { ticketMessageId: result.id }, orderBy: { fileName: "asc" } });
    expect(docs.map((d) => [d.fileName, d.contentType, d.origin, d.isVisibleToCustomer])).toEqual([
      ["Foto.jpg", "image/jpeg", "BROKER", false],
      ["Vertrag.pdf", "application/pdf", "BROKER", false],
    ]);
    expect((await objectsUnder(tenant.id, customer.id)).sort()).toEqual(docs.map((d) => d.storageKey).sort());
  });

  it("ignores an empty file input", async () => {
    const { tenant, customer, ctx } = await office();
    const form = new FormData();
    form.append("subject", SUBJECT);
    form.append("body", BODY);
    // what a browser sends for <input type="file"> with nothing chosen
    form.append("files", new Blob([], { type: "application/octet-stream" }), "");
    const encoded = new Response(form);
    const request = new Request("http://upload.test/api/tickets", {
      method: "POST",
      headers: { "content-type": encoded.headers.get("content-type") ?? "" },
      body: Buffer.from(await encoded.arrayBuffer()),
    });

    expect(await receiveNewTicket(ctx, request, null)).toMatchObject({ ok: true });
    await expectNothingStored(tenant.id, customer.id);
  });
});

describe("refused ticket attachments leave nothing behind", () => {
  it.each([
    ["a program", { name: "rechnung.pdf", bytes: EXE }],
    ["an HTML page", { name: "police.pdf", bytes: HTML, type: "text/html" }],
  ])("refuses %s after a good PDF and deletes the PDF again", async (_what, bad) => {
    const { tenant, customer, ctx } = await office();
    const request = await formRequest({ subject: SUBJECT, body: BODY }, [{ name: "gut.pdf", bytes: tinyPdf() }, bad]);

    expect(await receiveNewTicket(ctx, request, null)).toEqual({
      ok: false,
      status: 415,
      error: "documents.errors.typeNotAllowed",
    });
    await expectNothingStored(tenant.id, customer.id);
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it(`refuses ${TICKET_ATTACHMENTS_MAX + 1} files`, async () => {
    const { tenant, customer, ctx } = await office();
    const files = Array.from({ length: TICKET_ATTACHMENTS_MAX + 1 }, (_, i) => ({
      name: `Seite ${i + 1}.pdf`,
      bytes: tinyPdf(`Seite ${i + 1}`),
    }));

    const result = await receiveNewTicket(ctx, await formRequest({ subject: SUBJECT, body: BODY }, files), null);

    expect(result).toEqual({
      ok: false,
      status: 400,
      error: { key: "tickets.errors.tooManyAttachments", values: { max: TICKET_ATTACHMENTS_MAX } },
    });
    await expectNothingStored(tenant.id, customer.id);
    expect(await db.ticket.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("deletes the stored files when the message itself is refused (empty text)", async () => {
    const { tenant, customer, ctx } = await office();
    const request = await formRequest({ subject: SUBJECT, body: "   " }, [{ name: "Police.pdf", bytes: tinyPdf() }]);

    const result = await receiveNewTicket(ctx, request, null);

    expect(result).toMatchObject({ ok: false, fieldErrors: { body: "tickets.validation.bodyRequired" } });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("deletes the stored files of a reply the data layer refuses", async () => {
    const { tenant, customer, ctx } = await office();
    const ticketId = await openTicket(ctx);
    const request = await formRequest({ body: "" }, [{ name: "Police.pdf", bytes: tinyPdf() }]);

    expect(await receiveTicketReply(ctx, request, ticketId)).toMatchObject({ ok: false });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a file name with a path and stores nothing", async () => {
    const { tenant, customer, ctx } = await office();
    const request = await formRequest({ subject: SUBJECT, body: BODY }, [{ name: "../police.pdf", bytes: tinyPdf() }]);

    expect(await receiveNewTicket(ctx, request, null)).toEqual({
      ok: false,
      status: 400,
      error: "documents.errors.fileNameInvalid",
    });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a form that breaks off in the second file and deletes the first", async () => {
    const { tenant, customer, ctx } = await office();
    const boundary = "----cut";
    const part = (headers: string, body: Buffer) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), body, Buffer.from("\r\n")]);
    const cut = Buffer.concat([
      part('Content-Disposition: form-data; name="subject"', Buffer.from(SUBJECT)),
      part('Content-Disposition: form-data; name="body"', Buffer.from(BODY)),
      part('Content-Disposition: form-data; name="files"; filename="eins.pdf"\r\nContent-Type: application/pdf', tinyPdf()),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="zwei.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      tinyPdf().subarray(0, 40),
    ]);
    const request = new Request("http://upload.test/api/tickets", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: cut,
    });

    expect(await receiveNewTicket(ctx, request, null)).toEqual({ ok: false, status: 400, error: "documents.errors.incomplete" });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a text field over the size limit instead of cutting it", async () => {
    const { tenant, customer, ctx } = await office();
    const request = await formRequest({ subject: SUBJECT, body: "x".repeat(40_000) }, [{ name: "Police.pdf", bytes: tinyPdf() }]);

    expect(await receiveNewTicket(ctx, request, null)).toEqual({ ok: false, status: 400, error: "common.errors.checkInput" });
    await expectNothingStored(tenant.id, customer.id);
  });

  it("answers a customer at the daily limit with 429 and the rolling-window text, before a byte is stored", async () => {
    const { tenant, customer, user, ctx } = await office();
    // as if opened by the customer within the last 24 hours
    const seq = await db.tenant.update({
      where: { id: tenant.id },
      data: { ticketSeq: { increment: TICKETS_PER_DAY } },
      select: { ticketSeq: true },
    });
    await db.ticket.createMany({
      data: Array.from({ length: TICKETS_PER_DAY }, (_, i) => ({
        tenantId: tenant.id,
        customerId: customer.id,
        number: seq.ticketSeq - i,
        subject: SUBJECT,
        createdById: user.id,
      })),
    });
    const result = await receiveNewTicket(
      ctx,
      await formRequest({ subject: SUBJECT, body: BODY }, [{ name: "Police.pdf", bytes: tinyPdf() }]),
      null,
    );
    if (result.ok) throw new Error("not refused");
    // the route reads the key of a message with values, so the limit still answers "try later"
    const response = refusalResponse((message) => translateMessage(translatorFor("de-DE"), message), result);
    expect(response.status).toBe(429);
    expect((await response.json()).error).toContain(`in den letzten 24 Stunden bereits ${TICKETS_PER_DAY} neue Anfragen`);
    await expectNothingStored(tenant.id, customer.id);
  });

  it("refuses a reply to another customer's ticket before a byte is stored", async () => {
    const { tenant, advisor, ctx } = await office();
    const other = await ticketCustomer(tenant.id, advisor.id);
    const foreignTicket = await openTicket(other.ctx);
    const request = await formRequest({ body: BODY }, [{ name: "Police.pdf", bytes: tinyPdf() }]);

    await expect(receiveTicketReply(ctx, request, foreignTicket)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await objectsUnder(tenant.id, other.customer.id)).toEqual([]);
    expect(await db.document.count({ where: { customerId: other.customer.id } })).toBe(0);
  });
});

describe("the multi-file reader on its own", () => {
  it("refuses a body over the request limit even when no length is declared, and stores nothing", async () => {
    const { tenant, customer } = await office();
    // no files allowed: the cap is the fields' room only (under 1 MB)
    const request = await formRequest({ body: BODY }, [
      { name: "gross.pdf", bytes: Buffer.concat([tinyPdf(), Buffer.alloc(2 * 1024 * 1024)]) },
    ]);
    expect(request.headers.get("content-length")).toBeNull();
    let committed = false;
    const result = await readMultipartFiles(
      request,
      {
        tenantId: tenant.id,
        customerId: customer.id,
        maxFiles: 0,
        maxFileBytes: MAX_UPLOAD_BYTES,
        tooManyFiles: "tickets.errors.tooManyAttachments",
      },
      async () => {
        committed = true;
        return { ok: true };
      },
    );
    expect(result).toMatchObject({ ok: false, status: 413, error: { key: "documents.errors.tooLarge" } });
    expect(committed).toBe(false);
    await expectNothingStored(tenant.id, customer.id);
  });

  it("deletes what it stored when the commit throws, and passes the error on", async () => {
    const { tenant, customer } = await office();
    const request = await formRequest({ body: "Siehe Anhang" }, [
      { name: "a.pdf", bytes: tinyPdf() },
      { name: "b.pdf", bytes: tinyPdf() },
    ]);
    let seen: string[] = [];
    await expect(
      readMultipartFiles(
        request,
        {
          tenantId: tenant.id,
          customerId: customer.id,
          maxFiles: 5,
          maxFileBytes: MAX_UPLOAD_BYTES,
          tooManyFiles: "tickets.errors.tooManyAttachments",
        },
        async (fields, files) => {
          expect(fields).toEqual({ body: "Siehe Anhang" });
          seen = await objectsUnder(tenant.id, customer.id);
          expect(files.map((f) => f.storageKey).sort()).toEqual([...seen].sort());
          throw new Error("database down");
        },
      ),
    ).rejects.toThrow("database down");
    expect(seen).toHaveLength(2);
    await expectNothingStored(tenant.id, customer.id);
  });
});
