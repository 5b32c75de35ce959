import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { addDomain } from "@/lib/data/domains/add-domain";
import { checkDomain } from "@/lib/data/domains/check-domain";
import { listDomains } from "@/lib/data/domains/list-domains";
import { removeDomain } from "@/lib/data/domains/remove-domain";
import { setPrimaryDomain } from "@/lib/data/domains/set-primary-domain";
import { createCustomer, createCustomerUser, createStaff } from "../setup/factories";
import { contextFor } from "../setup/request-context";
import { added, brokerOffice, correctDns, fakeResolver, freshHost } from "./custom-domains-fixtures";

type Office = Awaited<ReturnType<typeof brokerOffice>>;
let a: Office;
let b: Office;
beforeEach(async () => {
  [a, b] = await Promise.all([brokerOffice(), brokerOffice()]);
});

/** Adds and verifies `host` for the office with correct DNS. */
async function verified(office: Office, host: string) {
  const domain = await added(office.ctx, host);
  const result = await checkDomain(
    office.ctx,
    { domainId: domain.id },
    { resolver: fakeResolver(correctDns(host, domain.verificationToken)) },
  );
  expect(result).toMatchObject({ ok: true, status: "VERIFIED" });
  return domain;
}

describe("who may connect a host", () => {
  it("refuses to add a domain another portal has verified", async () => {
    const host = freshHost();
    await verified(a, host);
    expect(await addDomain(b.ctx, { host: host.toUpperCase() })).toEqual({
      ok: false,
      error: "domains.errors.taken",
      field: "host",
    });
    expect(await db.domain.count({ where: { tenantId: b.tenant.id } })).toBe(0);
  });

  it("lets two portals wait for the same host; the first to pass DNS wins and the other is told it is taken", async () => {
    const host = freshHost();
    const mineA = await added(a.ctx, host);
    const mineB = await added(b.ctx, host);
    const resolver = fakeResolver({ ...correctDns(host, mineB.verificationToken) });
    expect(await checkDomain(b.ctx, { domainId: mineB.id }, { resolver })).toMatchObject({ status: "VERIFIED" });
    expect(await db.domain.findUniqueOrThrow({ where: { id: mineA.id } })).toMatchObject({
      status: "FAILED",
      lastError: "taken",
      nextCheckAt: null,
    });
    const viewA = (await listDomains(a.ctx)).domains[0];
    expect(viewA).toMatchObject({ reason: "taken", autoCheckEnded: false });
  });

  it("does not let a second portal take over a verified host, even with its own TXT record in place", async () => {
    const host = freshHost();
    const mineB = await added(b.ctx, host); // added before A verified, so allowed
    await verified(a, host);
    // As if B's row had escaped the "taken" marking (e.g. a race): the check must still refuse.
    await db.domain.update({ where: { id: mineB.id }, data: { status: "PENDING", lastError: null } });
    const both = fakeResolver({
      ...correctDns(host, mineB.verificationToken),
      [`_portal-verify.${host}`]: { TXT: [`portal-verify=${mineB.verificationToken}`] },
    });
    expect(await checkDomain(b.ctx, { domainId: mineB.id }, { resolver: both })).toMatchObject({
      ok: true,
      status: "FAILED",
      reason: "taken",
    });
    expect(await db.domain.count({ where: { host, status: "VERIFIED" } })).toBe(1);
    expect(await db.domain.findFirstOrThrow({ where: { host, status: "VERIFIED" } })).toMatchObject({ tenantId: a.tenant.id });
  });

  it("refuses the platform's own names, addresses, wildcards, URLs and a domain already added", async () => {
    const cases: [string, string][] = [
      ["localhost", "domains.validation.hostSingleLabel"],
      ["demo.localhost", "domains.validation.hostPlatform"],
      ["domains.localhost", "domains.validation.hostPlatform"],
      ["192.168.10.20", "domains.validation.hostIp"],
      ["*.makler.example", "domains.validation.hostWildcard"],
      ["https://portal.makler.example/", "domains.validation.hostNotUrl"],
      ["portal.makler.example:8443", "domains.validation.hostNotUrl"],
      ["portal..makler.example", "domains.validation.hostInvalid"],
      ["   ", "domains.validation.hostRequired"],
    ];
    for (const [host, error] of cases) {
      expect(await addDomain(a.ctx, { host }), host).toEqual({ ok: false, error, field: "host" });
    }
    const host = freshHost();
    await added(a.ctx, host);
    expect(await addDomain(a.ctx, { host: `${host}.` })).toEqual({
      ok: false,
      error: "domains.errors.alreadyAdded",
      field: "host",
    });
    expect(await db.domain.count({ where: { tenantId: a.tenant.id } })).toBe(1);
  });

  it("stores an umlaut domain in its ASCII form and allows at most five domains", async () => {
    const idn = await added(a.ctx, "Portal.Müller-Makler.example");
    expect(idn.host).toBe("portal.xn--mller-makler-dlb.example");
    for (let i = 0; i < 4; i++) await added(a.ctx, freshHost());
    expect(await addDomain(a.ctx, { host: freshHost() })).toEqual({
      ok: false,
      error: { key: "domains.errors.tooMany", values: { max: 5 } },
    });
    expect(await db.domain.count({ where: { tenantId: a.tenant.id } })).toBe(5);
  });
});

describe("primary domain and removal", () => {
  it("refuses a pending domain as primary domain", async () => {
    const domain = await added(a.ctx, freshHost());
    expect(await setPrimaryDomain(a.ctx, { domainId: domain.id })).toEqual({ ok: false, error: "domains.errors.notVerified" });
    expect((await db.domain.findUniqueOrThrow({ where: { id: domain.id } })).isPrimary).toBe(false);
  });

  it("switches the primary domain, and removing it falls back to the other verified domain, then to none", async () => {
    const first = await verified(a, freshHost("eins"));
    const second = await verified(a, freshHost("zwei"));
    const primaries = async () =>
      (await db.domain.findMany({ where: { tenantId: a.tenant.id, isPrimary: true }, select: { id: true } })).map((d) => d.id);
    expect(await primaries()).toEqual([first.id]);

    expect(await setPrimaryDomain(a.ctx, { domainId: second.id })).toEqual({ ok: true, id: second.id });
    expect(await primaries()).toEqual([second.id]);

    expect(await removeDomain(a.ctx, { domainId: second.id })).toEqual({ ok: true, id: second.id, newPrimaryId: first.id });
    expect(await primaries()).toEqual([first.id]);
    expect(await removeDomain(a.ctx, { domainId: first.id })).toEqual({ ok: true, id: first.id, newPrimaryId: null });
    expect((await listDomains(a.ctx)).primaryUrl).toBeNull();

    const actions = await db.auditLog.findMany({
      where: { tenantId: a.tenant.id, entityType: "Domain" },
      select: { action: true },
    });
    expect(new Set(actions.map((x) => x.action))).toEqual(
      new Set(["tenant.domainAdded", "tenant.domainVerified", "tenant.primaryDomainSet", "tenant.domainRemoved"]),
    );
  });

  it("does not let one portal check, promote or remove another portal's domain", async () => {
    const domain = await added(a.ctx, freshHost());
    const notFound = { ok: false, error: "domains.errors.notFound" };
    expect(await checkDomain(b.ctx, { domainId: domain.id }, { resolver: fakeResolver({}) })).toEqual(notFound);
    expect(await setPrimaryDomain(b.ctx, { domainId: domain.id })).toEqual(notFound);
    expect(await removeDomain(b.ctx, { domainId: domain.id })).toEqual(notFound);
    expect(await db.domain.findUnique({ where: { id: domain.id } })).not.toBeNull();
  });
});

describe("roles", () => {
  it("refuses advisors and customers everything on the domains page", async () => {
    const domain = await added(a.ctx, freshHost());
    const advisor = await createStaff(a.tenant.id, { role: "advisor" });
    const customer = await createCustomer(a.tenant.id);
    const customerUser = await createCustomerUser(a.tenant.id, customer.id);
    for (const userId of [advisor.id, customerUser.id]) {
      const ctx = await contextFor(userId);
      await expect(listDomains(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(addDomain(ctx, { host: freshHost() })).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(checkDomain(ctx, { domainId: domain.id }, { resolver: fakeResolver({}) })).rejects.toBeInstanceOf(
        AccessDeniedError,
      );
      await expect(setPrimaryDomain(ctx, { domainId: domain.id })).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(removeDomain(ctx, { domainId: domain.id })).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await db.domain.count({ where: { tenantId: a.tenant.id } })).toBe(1);
  });
});
