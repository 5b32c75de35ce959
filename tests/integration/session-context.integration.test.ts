import { beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { authenticateWithPassword } from "@/lib/auth/authenticate-with-password";
import { readSessionClaims } from "@/lib/auth/read-session-claims";
import { db } from "@/lib/db/client";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import { serverEnv } from "@/lib/env";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { createCustomer, createCustomerUser, createStaff, createTenant } from "../setup/factories";
import { freshSession } from "../setup/request-context";

const PASSWORD = "Sehr-sicheres-Passwort-1";

async function tenantBranding(slug: string) {
  clearTenantCache();
  const r = await resolveHost(`${slug}.localhost`);
  if (r.kind !== "tenant") throw new Error("no tenant");
  return r.tenant;
}

let a: { tenant: { id: string; slug: string }; userId: string; customerNumber: string };
let b: { tenant: { id: string; slug: string }; userId: string };

beforeAll(async () => {
  const ta = await createTenant();
  const ca = await createCustomer(ta.id);
  const ua = await createCustomerUser(ta.id, ca.id, { password: PASSWORD });
  const tb = await createTenant();
  const cb = await createCustomer(tb.id);
  const ub = await createCustomerUser(tb.id, cb.id, { password: PASSWORD });
  a = { tenant: ta, userId: ua.id, customerNumber: ca.customerNumber };
  b = { tenant: tb, userId: ub.id };
});

const attempt = (tenantId: string, identifier: string, password: string) =>
  authenticateWithPassword({ tenantId, identifier, password, ip: "127.0.0.1", userAgent: "vitest" });

describe("password sign-in", () => {
  it("signs in with e-mail or customer number on the own tenant", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: a.userId } });
    expect(await attempt(a.tenant.id, user.email.toUpperCase(), PASSWORD)).toMatchObject({
      ok: true,
      claims: { userId: a.userId },
    });
    expect(await attempt(a.tenant.id, a.customerNumber, PASSWORD)).toMatchObject({ ok: true, claims: { userId: a.userId } });
  });

  it("refuses wrong passwords, unknown accounts and accounts of another tenant alike", async () => {
    const userA = await db.user.findUniqueOrThrow({ where: { id: a.userId } });
    const before = userA.failedLoginCount;
    expect(await attempt(a.tenant.id, userA.email, "falsch-falsch-falsch")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(a.tenant.id, "niemand@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(b.tenant.id, userA.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const after = await db.user.findUniqueOrThrow({ where: { id: a.userId } });
    expect(after.failedLoginCount).toBe(before + 1);
    const failures = await db.auditLog.count({ where: { tenantId: a.tenant.id, action: "auth.login_failed" } });
    expect(failures).toBeGreaterThanOrEqual(2);
  });

  it("refuses a disabled account even with the right password", async () => {
    const t = await createTenant();
    const c = await createCustomer(t.id);
    const u = await createCustomerUser(t.id, c.id, { password: PASSWORD });
    await db.user.update({ where: { id: u.id }, data: { status: "DISABLED" } });
    expect(await attempt(t.id, u.email, PASSWORD)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("session checks", () => {
  it("refuses a session minted for another tenant", async () => {
    const claims = { userId: b.userId, tenantId: b.tenant.id, kind: "CUSTOMER" as const, sessionVersion: 1, ...freshSession() };
    expect(await loadRequestContext({ tenant: await tenantBranding(a.tenant.slug), claims })).toBeNull();
    expect(await loadRequestContext({ tenant: await tenantBranding(b.tenant.slug), claims })).not.toBeNull();
  });

  it("refuses a session whose version is stale after 'log out everywhere'", async () => {
    const claims = { userId: a.userId, tenantId: a.tenant.id, kind: "CUSTOMER" as const, sessionVersion: 1, ...freshSession() };
    const tenant = await tenantBranding(a.tenant.slug);
    expect(await loadRequestContext({ tenant, claims })).not.toBeNull();
    await db.user.update({ where: { id: a.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadRequestContext({ tenant, claims })).toBeNull();
    await db.user.update({ where: { id: a.userId }, data: { sessionVersion: 1 } });
  });

  it("refuses a session that claims to be staff for a customer account", async () => {
    const claims = { userId: a.userId, tenantId: a.tenant.id, kind: "STAFF" as const, sessionVersion: 1, ...freshSession() };
    expect(await loadRequestContext({ tenant: await tenantBranding(a.tenant.slug), claims })).toBeNull();
  });

  it("reads a genuine session cookie and rejects a tampered or foreign one", async () => {
    const claims = { userId: a.userId, tenantId: a.tenant.id, kind: "CUSTOMER" as const, sessionVersion: 1, ...freshSession() };
    const token = await encode({ token: claims, secret: serverEnv().NEXTAUTH_SECRET });
    expect(await readSessionClaims(token)).toEqual(claims);
    const tampered = token.slice(0, 30) + (token[30] === "a" ? "b" : "a") + token.slice(31);
    expect(await readSessionClaims(tampered)).toBeNull();
    const foreign = await encode({ token: claims, secret: "another-secret-another-secret-another-secret" });
    expect(await readSessionClaims(foreign)).toBeNull();
    expect(await readSessionClaims("not-a-jwt")).toBeNull();
  });

  it("gives staff without a second factor no access to data until they enrol", async () => {
    const t = await createTenant();
    const staff = await createStaff(t.id, { role: "owner", totpEnabledAt: null });
    const claims = { userId: staff.id, tenantId: t.id, kind: "STAFF" as const, sessionVersion: 1, ...freshSession() };
    const tenant = await tenantBranding(t.slug);
    expect(await loadRequestContext({ tenant, claims })).toBeNull();
    await db.user.update({ where: { id: staff.id }, data: { totpEnabledAt: new Date() } });
    expect(await loadRequestContext({ tenant, claims })).not.toBeNull();
  });

  it("resolves a suspended tenant's host to no tenant at all", async () => {
    const t = await createTenant();
    await db.tenant.update({ where: { id: t.id }, data: { status: "SUSPENDED" } });
    clearTenantCache();
    expect(await resolveHost(`${t.slug}.localhost`)).toEqual({ kind: "suspended" });
    expect(await resolveHost("niemand-hier.localhost")).toEqual({ kind: "unknown" });
  });

  it("serves a custom domain only once it is verified", async () => {
    const t = await createTenant();
    const host = `portal-${t.slug}.example.org`;
    await db.domain.create({ data: { tenantId: t.id, host, verificationToken: "x" } });
    clearTenantCache();
    expect(await resolveHost(host)).toEqual({ kind: "unknown" });
    await db.domain.update({
      where: { tenantId_host: { tenantId: t.id, host } },
      data: { status: "VERIFIED", verifiedAt: new Date() },
    });
    clearTenantCache();
    const r = await resolveHost(host);
    expect(r.kind === "tenant" && r.tenant.id).toBe(t.id);
  });
});
