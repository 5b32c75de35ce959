import { describe, expect, it } from "vitest";
import { classifyHost } from "@/lib/tenant/classify-host";
import { hostFromHeaders, normalizeHost } from "@/lib/tenant/normalize-host";

describe("host classification", () => {
  it("maps <slug>.localhost and <slug>.<root> to a tenant slug", () => {
    expect(classifyHost("demo.localhost", "portal.example")).toEqual({ kind: "subdomain", slug: "demo" });
    expect(classifyHost("demo.portal.example", "portal.example")).toEqual({ kind: "subdomain", slug: "demo" });
  });

  it("treats the root domain and loopback addresses as the platform", () => {
    expect(classifyHost("portal.example", "portal.example")).toEqual({ kind: "platform" });
    expect(classifyHost("localhost", "localhost")).toEqual({ kind: "platform" });
    expect(classifyHost("127.0.0.1", "localhost")).toEqual({ kind: "platform" });
  });

  it("does not accept nested subdomains as a tenant slug", () => {
    expect(classifyHost("a.demo.localhost", "localhost")).toEqual({ kind: "custom", host: "a.demo.localhost" });
  });

  it("sends every other host to the custom-domain lookup", () => {
    expect(classifyHost("portal.mustermann-makler.de", "portal.example")).toEqual({
      kind: "custom",
      host: "portal.mustermann-makler.de",
    });
  });
});

describe("host normalisation", () => {
  it("lower-cases and strips port and trailing dot", () => {
    expect(normalizeHost("Demo.LocalHost:3000")).toBe("demo.localhost");
    expect(normalizeHost("portal.example.")).toBe("portal.example");
  });

  it("rejects hosts with characters no DNS name has", () => {
    expect(normalizeHost("demo.localhost/evil")).toBeNull();
    expect(normalizeHost("<script>")).toBeNull();
    expect(normalizeHost("")).toBeNull();
  });

  it("ignores X-Forwarded-Host unless a trusted proxy is configured", () => {
    const headers: Record<string, string> = { host: "demo.localhost:3000", "x-forwarded-host": "nord.localhost" };
    const prev = process.env.TRUST_PROXY;
    delete process.env.TRUST_PROXY;
    expect(hostFromHeaders((n) => headers[n])).toBe("demo.localhost");
    process.env.TRUST_PROXY = "true";
    expect(hostFromHeaders((n) => headers[n])).toBe("nord.localhost");
    if (prev === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = prev;
  });
});
