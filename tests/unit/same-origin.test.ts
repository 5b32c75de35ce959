import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>) => new Request("http://placeholder/", { method: "POST", headers });

describe("same-origin check for route handlers that change data", () => {
  it("accepts a request from the tenant's own pages", () => {
    expect(isSameOrigin(post({ host: "mustermann.localhost:3000", origin: "http://mustermann.localhost:3000" }))).toBe(true);
  });

  it("refuses a request sent from another tenant's domain or another site", () => {
    expect(isSameOrigin(post({ host: "mustermann.localhost:3000", origin: "http://other.localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "portal.makler.de", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "portal.makler.de", origin: "null" }))).toBe(false);
  });

  it("lets requests without an Origin header through (non-browser clients still need the session)", () => {
    expect(isSameOrigin(post({ host: "portal.makler.de" }))).toBe(true);
  });
});
