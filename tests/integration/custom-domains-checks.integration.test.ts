import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freezeClock, setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { checkDomain } from "@/lib/data/domains/check-domain";
import { listDomains } from "@/lib/data/domains/list-domains";
import {
  correctDns,
  fakeResolver,
  freshHost,
  added,
  brokerOffice,
  PLATFORM_IP,
  PLATFORM_IP6,
  TARGET,
} from "./custom-domains-fixtures";

// A tenant per test: each holds at most 5 domains.
let office: Awaited<ReturnType<typeof brokerOffice>>;
beforeEach(async () => {
  office = await brokerOffice();
});
afterEach(() => {
  freezeClock(null);
  setClockOffset(0);
});

async function checkWith(host: string, table: (token: string) => Record<string, object>) {
  const domain = await added(office.ctx, host);
  const result = await checkDomain(
    office.ctx,
    { domainId: domain.id },
    { resolver: fakeResolver(table(domain.verificationToken)) },
  );
  return { domain, result };
}

describe("Jetzt prüfen", () => {
  it("verifies a domain whose TXT and CNAME records are set, and it becomes the primary domain", async () => {
    const host = freshHost();
    const { domain, result } = await checkWith(host, (token) => correctDns(host, token));
    expect(result).toMatchObject({ ok: true, status: "VERIFIED", reason: null });
    const row = await db.domain.findUniqueOrThrow({ where: { id: domain.id } });
    expect(row).toMatchObject({ status: "VERIFIED", isPrimary: true, lastError: null, checkCount: 0 });
    // from now on the worker looks once a day whether the records are still there
    expect(row.nextCheckAt!.getTime() - row.verifiedAt!.getTime()).toBe(24 * 60 * 60_000);
    const audit = await db.auditLog.findFirst({
      where: { tenantId: office.tenant.id, action: "tenant.domainVerified", entityId: domain.id },
    });
    expect(audit?.actorUserId).toBe(office.owner.id);
  });

  it("accepts a CNAME to the platform however the DNS provider spells it", async () => {
    const host = freshHost();
    const { result } = await checkWith(host, (token) => ({
      [`_portal-verify.${host}`]: { TXT: [`portal-verify=${token}`] },
      [host]: { CNAME: TARGET.toUpperCase() },
    }));
    expect(result).toMatchObject({ ok: true, status: "VERIFIED" });
  });

  it("says the TXT record is missing while the broker has not set it, and keeps waiting", async () => {
    const host = freshHost();
    const { domain, result } = await checkWith(host, () => ({ [host]: { CNAME: TARGET } }));
    expect(result).toMatchObject({ ok: true, status: "PENDING", reason: "txt_missing" });
    const row = await db.domain.findUniqueOrThrow({ where: { id: domain.id } });
    expect(row.nextCheckAt).not.toBeNull();
  });

  it("says the TXT record has another value and shows what it found", async () => {
    const host = freshHost();
    const { result } = await checkWith(host, (token) => ({
      ...correctDns(host, token),
      [`_portal-verify.${host}`]: { TXT: ["v=spf1 -all", "portal-verify=von-einem-anderen-portal"] },
    }));
    expect(result).toMatchObject({
      ok: true,
      status: "FAILED",
      reason: "txt_mismatch",
      found: "portal-verify=von-einem-anderen-portal",
    });
  });

  it("says the CNAME is missing when the host has no record at all", async () => {
    const host = freshHost();
    const { result } = await checkWith(host, (token) => ({ [`_portal-verify.${host}`]: { TXT: [`portal-verify=${token}`] } }));
    expect(result).toMatchObject({ ok: true, status: "PENDING", reason: "cname_missing", found: null });
  });

  it("says where the CNAME points instead of the platform", async () => {
    const host = freshHost();
    const { result } = await checkWith(host, (token) => ({
      ...correctDns(host, token),
      [host]: { CNAME: "alte-website.hoster.example" },
      "alte-website.hoster.example": { A: ["198.51.100.7"] },
    }));
    expect(result).toMatchObject({ ok: true, status: "FAILED", reason: "cname_mismatch", found: "alte-website.hoster.example" });
  });

  it("names the foreign server when an apex domain's A record points elsewhere", async () => {
    const host = `${freshHost("x").split(".")[1]}.example`;
    const { result } = await checkWith(host, (token) => ({ ...correctDns(host, token), [host]: { A: ["198.51.100.7"] } }));
    expect(result).toMatchObject({ ok: true, reason: "cname_mismatch", found: "198.51.100.7" });
  });

  it("accepts an apex domain whose ALIAS resolves to the platform's addresses", async () => {
    const host = `${freshHost("x").split(".")[1]}.example`;
    const { result } = await checkWith(host, (token) => ({ ...correctDns(host, token), [host]: { A: [PLATFORM_IP] } }));
    expect(result).toMatchObject({ ok: true, status: "VERIFIED" });
  });

  it("refuses an apex domain whose AAAA record still points to another server", async () => {
    const host = `${freshHost("x").split(".")[1]}.example`;
    const { result } = await checkWith(host, (token) => ({
      ...correctDns(host, token),
      [host]: { A: [PLATFORM_IP], AAAA: [PLATFORM_IP6, "2001:db8:bad::1"] },
    }));
    expect(result).toMatchObject({ ok: true, status: "FAILED", reason: "cname_mismatch", found: "2001:db8:bad::1" });
  });

  it("accepts an apex domain whose ALIAS resolves to the platform's IPv4 and IPv6 addresses", async () => {
    const host = `${freshHost("x").split(".")[1]}.example`;
    const { result } = await checkWith(host, (token) => ({
      ...correctDns(host, token),
      [host]: { A: [PLATFORM_IP], AAAA: [PLATFORM_IP6.toUpperCase()] },
    }));
    expect(result).toMatchObject({ ok: true, status: "VERIFIED" });
  });

  it("reports a DNS timeout as a DNS error rather than a missing record", async () => {
    const host = freshHost();
    const { result } = await checkWith(host, (token) => ({
      ...correctDns(host, token),
      [`_portal-verify.${host}`]: { error: "ETIMEOUT" },
    }));
    expect(result).toMatchObject({ ok: true, status: "PENDING", reason: "dns_error" });
  });

  it("shows the stored reason, what was found and the records to set on the domains page", async () => {
    const host = freshHost();
    const { domain } = await checkWith(host, (token) => ({
      ...correctDns(host, token),
      [host]: { CNAME: "anderswo.example.net" },
      "anderswo.example.net": { A: ["198.51.100.8"] },
    }));
    const view = (await listDomains(office.ctx)).domains.find((d) => d.id === domain.id)!;
    expect(view).toMatchObject({
      status: "FAILED",
      reason: "cname_mismatch",
      found: "anderswo.example.net",
      autoCheckEnded: false,
    });
    expect(view.records).toEqual([
      { type: "TXT", name: `_portal-verify.${host}`, value: `portal-verify=${domain.verificationToken}` },
      { type: "CNAME", name: host, value: TARGET },
    ]);
    expect(domain.verificationToken).toMatch(/^[0-9a-f]{32}$/);
  });

  it("refuses a second check of the same domain within 10 seconds", async () => {
    freezeClock(new Date());
    const host = freshHost();
    const domain = await added(office.ctx, host);
    const resolver = fakeResolver({});
    expect((await checkDomain(office.ctx, { domainId: domain.id }, { resolver })).ok).toBe(true);
    setClockOffset(9_000);
    expect(await checkDomain(office.ctx, { domainId: domain.id }, { resolver })).toEqual({
      ok: false,
      error: "domains.errors.checkTooSoon",
    });
    setClockOffset(10_000);
    expect((await checkDomain(office.ctx, { domainId: domain.id }, { resolver })).ok).toBe(true);
  });
});
