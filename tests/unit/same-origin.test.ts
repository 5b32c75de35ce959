import { describe, expect, it } from "vitest";
import { isForeignNavigation, isSameOrigin } from "@/lib/http/same-origin";

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

describe("navigations that start something (data export)", () => {
  const get = (site?: string) => new Request("http://placeholder/", { headers: site ? { "sec-fetch-site": site } : {} });

  it("refuses links on other sites and on other tenants' sibling subdomains", () => {
    expect(isForeignNavigation(get("cross-site"))).toBe(true);
    expect(isForeignNavigation(get("same-site"))).toBe(true);
  });

  it("accepts our own pages, typed URLs and clients that send no Sec-Fetch-Site", () => {
    expect(isForeignNavigation(get("same-origin"))).toBe(false);
    expect(isForeignNavigation(get("none"))).toBe(false);
    expect(isForeignNavigation(get())).toBe(false);
  });
});
