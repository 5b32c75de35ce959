import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createResendTransport } from "@/lib/mail/resend-transport";
import { TransportError } from "@/lib/mail/transport-error";

type Captured = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string };

// A stand-in for api.resend.com on loopback: records each request, answers with the next reply.
let server: Server;
let baseUrl: string;
let captured: Captured[] = [];
let replies: { status: number; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      captured.push({ method: req.method, url: req.url, headers: req.headers, body });
      const reply = replies.shift() ?? { status: 200, body: { id: "email_0001" } };
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  captured = [];
  replies = [];
  delete process.env.RESEND_BASE_URL;
});

describe("Resend mail transport", () => {
  it("posts the message to /emails with the bearer key and Resend's JSON fields", async () => {
    replies.push({ status: 200, body: { id: "4ef9a417-02e9-4d39-ad75-9611e0fcc33c" } });
    const transport = createResendTransport({ apiKey: "re_test_123", baseUrl, defaultFrom: "Portal <portal@makler.example>" });

    const result = await transport.send(
      {
        to: "kunde@demo.example",
        subject: "Ihr Bestätigungscode",
        text: "Ihr Code lautet 123456.",
        html: "<p>Ihr Code lautet <strong>123456</strong>.</p>",
        replyTo: "service@makler.example",
      },
      { idempotencyKey: "outbox-42" },
    );

    expect(result.id).toBe("4ef9a417-02e9-4d39-ad75-9611e0fcc33c");
    expect(captured).toHaveLength(1);
    const request = captured[0]!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/emails");
    expect(request.headers.authorization).toBe("Bearer re_test_123");
    expect(request.headers["content-type"]).toContain("application/json");
    expect(request.headers["idempotency-key"]).toBe("outbox-42");
    const body = JSON.parse(request.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      from: "Portal <portal@makler.example>",
      to: "kunde@demo.example",
      subject: "Ihr Bestätigungscode",
      text: "Ihr Code lautet 123456.",
      html: "<p>Ihr Code lautet <strong>123456</strong>.</p>",
      reply_to: "service@makler.example",
    });
  });

  it("uses the message's own sender over the default", async () => {
    const transport = createResendTransport({ apiKey: "re_test_123", baseUrl, defaultFrom: "portal@makler.example" });
    await transport.send({ to: "a@demo.example", subject: "S", text: "T", from: "Muster Makler <noreply@muster.example>" });
    expect(JSON.parse(captured[0]!.body)).toMatchObject({ from: "Muster Makler <noreply@muster.example>" });
  });

  it("honours RESEND_BASE_URL when no base URL is passed", async () => {
    process.env.RESEND_BASE_URL = baseUrl;
    const transport = createResendTransport({ apiKey: "re_env_456", defaultFrom: "portal@makler.example" });
    await transport.send({ to: "b@demo.example", subject: "S", text: "T" });
    expect(captured).toHaveLength(1);
    expect(captured[0]!.headers.authorization).toBe("Bearer re_env_456");
  });

  it("turns a provider error into a retryable TransportError without the message body", async () => {
    replies.push({ status: 500, body: { statusCode: 500, name: "internal_server_error", message: "boom" } });
    const transport = createResendTransport({ apiKey: "re_test_123", baseUrl, defaultFrom: "portal@makler.example" });

    const error = await transport.send({ to: "c@demo.example", subject: "Geheim", text: "Code 987654" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransportError);
    const transportError = error as TransportError;
    expect(transportError.statusCode).toBe(500);
    expect(transportError.permanent).toBe(false);
    expect(transportError.message).not.toContain("987654");
    expect(transportError.message).not.toContain("re_test_123");
  });

  it("marks a rejected payload (422) as permanent", async () => {
    replies.push({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." } });
    const transport = createResendTransport({ apiKey: "re_test_123", baseUrl, defaultFrom: "portal@makler.example" });
    const error = await transport.send({ to: "not-an-address", subject: "S", text: "T" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).permanent).toBe(true);
  });

  it("reports an unreachable provider as a retryable error", async () => {
    const transport = createResendTransport({
      apiKey: "re_test_123",
      baseUrl: "http://127.0.0.1:1",
      defaultFrom: "portal@makler.example",
    });
    const error = await transport.send({ to: "d@demo.example", subject: "S", text: "T" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).permanent).toBe(false);
  });
});
