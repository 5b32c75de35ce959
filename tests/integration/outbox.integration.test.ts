import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deliverOutboxBatch, MAX_ATTEMPTS } from "@/lib/jobs/deliver-outbox";
import { enqueueEmail, enqueueSms } from "@/lib/jobs/enqueue-message";
import { createResendTransport } from "@/lib/mail/resend-transport";
import type { MailTransport } from "@/lib/mail/types";
import { createTenant } from "../setup/factories";

// A loopback Resend API. `failNext` answers that many requests with 500 before succeeding;
// `delayMs` keeps requests in flight so concurrent batches really overlap.
let server: Server;
let failNext = 0;
let delayMs = 0;
let received: { to: string; idempotencyKey: string | undefined }[] = [];
let mail: MailTransport;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      setTimeout(() => {
        const parsed = JSON.parse(body) as { to: string };
        if (failNext > 0) {
          failNext--;
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ statusCode: 500, name: "internal_server_error", message: "Temporary outage" }));
          return;
        }
        received.push({ to: parsed.to, idempotencyKey: req.headers["idempotency-key"] as string | undefined });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ id: `email_${received.length}` }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mail = createResendTransport({ apiKey: "re_outbox_test", baseUrl, defaultFrom: "portal@makler.example" });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  failNext = 0;
  delayMs = 0;
  received = [];
});

describe("outbox", () => {
  it("retries a failed e-mail with backoff and delivers it on the next due batch", async () => {
    const tenant = await createTenant();
    const ids = await db.$transaction(async (tx) =>
      Promise.all(
        [1, 2, 3].map((n) =>
          enqueueEmail(tx, {
            tenantId: tenant.id,
            to: `kunde${n}@demo.example`,
            subject: `Nachricht ${n}`,
            text: `Geheimer Code ${n}00000`,
            html: `<p>${n}</p>`,
          }),
        ),
      ),
    );
    failNext = 1;

    const first = await deliverOutboxBatch({ limit: 10, tenantId: tenant.id, mailTransport: mail });

    expect(first).toEqual({ sent: 2, failed: 1 });
    const afterFirst = await db.outboxMessage.findMany({ where: { id: { in: ids.map((m) => m.id) } } });
    const pending = afterFirst.filter((m) => m.status === "PENDING");
    expect(pending).toHaveLength(1);
    const retry = pending[0]!;
    expect(retry.attempts).toBe(1);
    expect(retry.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(retry.lastError).toContain("500");
    expect(retry.lastError).not.toContain("Geheimer Code");
    expect(retry.lockedUntil).toBeNull();
    expect(afterFirst.filter((m) => m.status === "SENT").every((m) => m.providerMessageId && m.sentAt)).toBe(true);

    // Not due yet: a second batch leaves it alone.
    expect(await deliverOutboxBatch({ limit: 10, tenantId: tenant.id, mailTransport: mail })).toEqual({ sent: 0, failed: 0 });

    await db.outboxMessage.update({ where: { id: retry.id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect(await deliverOutboxBatch({ limit: 10, tenantId: tenant.id, mailTransport: mail })).toEqual({ sent: 1, failed: 0 });

    const final = await db.outboxMessage.findMany({ where: { id: { in: ids.map((m) => m.id) } } });
    expect(final.map((m) => m.status)).toEqual(["SENT", "SENT", "SENT"]);
    expect(final.find((m) => m.id === retry.id)?.attempts).toBe(2);
    // each message reached the provider exactly once, carrying its outbox id as idempotency key
    expect(received.map((r) => r.to).sort()).toEqual(["kunde1@demo.example", "kunde2@demo.example", "kunde3@demo.example"]);
    expect(new Set(received.map((r) => r.idempotencyKey)).size).toBe(3);
  });

  it("never sends the same message twice when two workers run at once", async () => {
    const tenant = await createTenant();
    await db.$transaction(async (tx) => {
      for (let n = 0; n < 20; n++) {
        await enqueueEmail(tx, { tenantId: tenant.id, to: `parallel${n}@demo.example`, subject: "Parallel", text: "x" });
      }
    });
    delayMs = 15;

    const results = await Promise.all([
      deliverOutboxBatch({ limit: 20, tenantId: tenant.id, mailTransport: mail }),
      deliverOutboxBatch({ limit: 20, tenantId: tenant.id, mailTransport: mail }),
    ]);

    expect(results[0]!.sent + results[1]!.sent).toBe(20);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    expect(received).toHaveLength(20);
    expect(new Set(received.map((r) => r.to)).size).toBe(20);
    expect(await db.outboxMessage.count({ where: { tenantId: tenant.id, status: "SENT" } })).toBe(20);
  });

  it("gives up after the last attempt and keeps the reason visible", async () => {
    const tenant = await createTenant();
    const { id } = await enqueueEmail(db, { tenantId: tenant.id, to: "aufgeben@demo.example", subject: "S", text: "T" });
    await db.outboxMessage.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    failNext = 1;

    expect(await deliverOutboxBatch({ limit: 5, tenantId: tenant.id, mailTransport: mail })).toEqual({ sent: 0, failed: 1 });

    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.lastError).toMatch(/500/);
    // a FAILED row is never picked up again
    await db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    expect(await deliverOutboxBatch({ limit: 5, tenantId: tenant.id, mailTransport: mail })).toEqual({ sent: 0, failed: 0 });
  });

  it("writes nothing when the surrounding transaction rolls back", async () => {
    const tenant = await createTenant();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { tenantId: tenant.id, to: "rollback@demo.example", subject: "S", text: "T" });
        throw new Error("business change failed");
      }),
    ).rejects.toThrow("business change failed");
    expect(await db.outboxMessage.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("delivers through the dev transports into the mailbox table when no provider is configured", async () => {
    const tenant = await createTenant();
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, {
        tenantId: tenant.id,
        to: "Dev@Demo.example",
        subject: "Willkommen",
        text: "Hallo",
        html: "<p>Hallo</p>",
      });
      await enqueueSms(tx, { tenantId: tenant.id, to: "+491511234567", text: "Code 135790" });
    });

    expect(await deliverOutboxBatch({ limit: 10, tenantId: tenant.id })).toEqual({ sent: 2, failed: 0 });

    const captured = await db.devMessage.findMany({ where: { tenantId: tenant.id }, orderBy: { channel: "asc" } });
    expect(captured.map((m) => [m.channel, m.recipient])).toEqual([
      ["EMAIL", "dev@demo.example"],
      ["SMS", "+491511234567"],
    ]);
    expect(captured[0]).toMatchObject({ subject: "Willkommen", html: "<p>Hallo</p>" });
  });
});
