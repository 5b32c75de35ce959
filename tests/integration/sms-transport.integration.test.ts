import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { TransportError } from "@/lib/mail/transport-error";
import { createDevSmsTransport } from "@/lib/sms/dev-sms-transport";
import { createSevenSmsTransport } from "@/lib/sms/seven-transport";

type Captured = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string };

// A stand-in for gateway.seven.io on loopback.
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
      const reply = replies.shift() ?? { status: 200, body: { success: "100", messages: [{ id: "77001", success: true }] } };
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  captured = [];
  replies = [];
});

describe("seven.io SMS transport", () => {
  it("posts to /sms with the X-Api-Key header and a JSON body", async () => {
    const transport = createSevenSmsTransport({ apiKey: "seven-key-123", baseUrl, defaultFrom: "Portal" });

    const result = await transport.send({ to: "+491511234567", text: "Ihr Anmeldecode: 123456" });

    expect(result.id).toBe("77001");
    expect(captured).toHaveLength(1);
    const request = captured[0]!;
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/api/sms");
    expect(request.headers["x-api-key"]).toBe("seven-key-123");
    expect(request.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(request.body)).toEqual({ to: "+491511234567", text: "Ihr Anmeldecode: 123456", from: "Portal" });
  });

  it("fails on an HTTP error without echoing the text or the key", async () => {
    replies.push({ status: 503, body: { error: "unavailable" } });
    const transport = createSevenSmsTransport({ apiKey: "seven-key-123", baseUrl, defaultFrom: "Portal" });
    const error = await transport.send({ to: "+491511234567", text: "Code 555111" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).statusCode).toBe(503);
    expect((error as TransportError).message).not.toContain("555111");
    expect((error as TransportError).message).not.toContain("seven-key-123");
  });

  it("fails when the gateway answers 200 with an error code", async () => {
    // seven.io reports e.g. 902 (insufficient credit) inside a 200 response.
    replies.push({ status: 200, body: { success: "902", messages: [] } });
    const transport = createSevenSmsTransport({ apiKey: "seven-key-123", baseUrl, defaultFrom: "Portal" });
    await expect(transport.send({ to: "+491511234567", text: "x" })).rejects.toThrow(/902/);
  });

  it("dev transport stores the SMS for the mailbox", async () => {
    const recipient = `+4915${Date.now().toString().slice(-9)}`;
    const { id } = await createDevSmsTransport().send({ to: recipient, text: "Ihr Code: 246810" });
    expect(id).toMatch(/^dev-/);
    const stored = await db.devMessage.findFirst({ where: { recipient } });
    expect(stored).toMatchObject({ channel: "SMS", text: "Ihr Code: 246810", subject: null });
  });
});
