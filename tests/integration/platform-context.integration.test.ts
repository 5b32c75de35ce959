import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { setClockOffset } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { createTenant } from "@/lib/data/platform/create-tenant";
import { getTenant } from "@/lib/data/platform/get-tenant";
import { listTenants } from "@/lib/data/platform/list-tenants";
import { reactivateTenant } from "@/lib/data/platform/reactivate-tenant";
import { resendOwnerInvitation } from "@/lib/data/platform/resend-owner-invitation";
import { suspendTenant } from "@/lib/data/platform/suspend-tenant";
import { serverEnv } from "@/lib/env";
import { platformSessionCookieName } from "@/lib/platform/auth/platform-cookies";
import { newPlatformSession, readPlatformSession, refreshPlatformSession } from "@/lib/platform/auth/platform-session";
import { signOutOperator } from "@/lib/platform/auth/sign-out-operator";
import { getPlatformContext, loadPlatformContext, type PlatformContext } from "@/lib/platform/platform-context";
import {
  createCustomer,
  createCustomerUser,
  createDocument,
  createStaff,
  createTenant as createTenantRow,
} from "../setup/factories";
import { createTestOperator, PLATFORM_HOST, signedInOperator } from "../setup/platform-fixtures";
import { contextFor, freshSession } from "../setup/request-context";

// The request a page or action would see (next/headers): host and cookies of the browser.
const browser = vi.hoisted(() => ({ host: "", cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: browser.host }),
  cookies: async () => ({
    get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name) } : undefined),
  }),
}));

afterEach(() => setClockOffset(0));

/** A signed-in operator's browser: the platform session cookie, on the given host. */
async function operatorBrowser(host: string) {
  const operator = await createTestOperator();
  const cookie = await newPlatformSession(operator);
  browser.host = host;
  browser.cookies = new Map([[platformSessionCookieName(), cookie]]);
  return { operator, cookie };
}

describe("the platform context", () => {
  it("exists only on the platform host", async () => {
    const tenant = await createTenantRow();
    const { operator, cookie } = await operatorBrowser(PLATFORM_HOST);
    expect((await getPlatformContext())?.operator.id).toBe(operator.id);

    browser.host = `${tenant.slug}.localhost`;
    expect(await getPlatformContext()).toBeNull();
    expect(await loadPlatformContext({ host: "fremd.example.org", sessionCookie: cookie })).toBeNull();
  });

  it("gives an operator's cookie no tenant context on a tenant host, under either cookie name", async () => {
    const tenant = await createTenantRow();
    const { cookie } = await operatorBrowser(`${tenant.slug}.localhost`);
    expect(await getRequestContext()).toBeNull();
    browser.cookies = new Map([[sessionCookieName(), cookie]]);
    expect(await getRequestContext()).toBeNull();
  });

  it("does not accept a tenant session cookie as an operator session", async () => {
    const tenant = await createTenantRow();
    const owner = await createStaff(tenant.id, { role: "owner" });
    const claims = { userId: owner.id, tenantId: tenant.id, kind: "STAFF", sessionVersion: 1, ...freshSession() };
    const tenantCookie = await encode({ token: { ...claims, operatorId: owner.id }, secret: serverEnv().NEXTAUTH_SECRET });
    expect(await readPlatformSession(tenantCookie)).toBeNull();
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: tenantCookie })).toBeNull();
  });

  it("ends after 30 idle minutes and after 12 hours, however active", async () => {
    const { operator, cookie } = await operatorBrowser(PLATFORM_HOST);
    setClockOffset(29 * 60_000);
    const refreshed = await refreshPlatformSession(cookie);
    expect(refreshed).not.toBeNull();
    setClockOffset(31 * 60_000);
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: cookie })).toBeNull();
    expect((await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: refreshed! }))?.operator.id).toBe(operator.id);

    // a request every 20 minutes keeps it alive, but not past 12 hours after the sign-in
    let current = cookie;
    for (let minutes = 20; minutes <= 12 * 60 + 20; minutes += 20) {
      setClockOffset(minutes * 60_000);
      current = (await refreshPlatformSession(current)) ?? current;
    }
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: current })).toBeNull();
  });

  it("ends every session of the operator on Abmelden, and a disabled operator's at once", async () => {
    const { operator, cookie } = await operatorBrowser(PLATFORM_HOST);
    const otherDevice = await newPlatformSession(operator);
    await signOutOperator(await getPlatformContext());
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: cookie })).toBeNull();
    expect(await loadPlatformContext({ host: PLATFORM_HOST, sessionCookie: otherDevice })).toBeNull();

    const second = await operatorBrowser(PLATFORM_HOST);
    await db.platformOperator.update({ where: { id: second.operator.id }, data: { disabledAt: new Date() } });
    expect(await getPlatformContext()).toBeNull();
  });
});

describe("platform data functions", () => {
  it("refuse a tenant owner's context and look-alike objects", async () => {
    const tenant = await createTenantRow();
    const owner = await createStaff(tenant.id, { role: "owner" });
    const ownerCtx = (await contextFor(owner.id)) as unknown as PlatformContext;
    const lookAlike = { operator: { id: owner.id, email: owner.email, name: "X" }, ip: null, userAgent: null };
    for (const ctx of [ownerCtx, lookAlike, null]) {
      await expect(listTenants(ctx)).rejects.toThrow(AccessDeniedError);
      await expect(getTenant(ctx, tenant.id)).rejects.toThrow(AccessDeniedError);
      await expect(createTenant(ctx, { slug: "uebernahme" })).rejects.toThrow(AccessDeniedError);
      await expect(suspendTenant(ctx, { tenantId: tenant.id, reason: "Test" })).rejects.toThrow(AccessDeniedError);
      await expect(reactivateTenant(ctx, { tenantId: tenant.id })).rejects.toThrow(AccessDeniedError);
      await expect(resendOwnerInvitation(ctx, { tenantId: tenant.id })).rejects.toThrow(AccessDeniedError);
      await expect(signOutOperator(ctx)).rejects.toThrow(AccessDeniedError);
    }
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).status).toBe("ACTIVE");
  });
});

describe("what an operator sees of a tenant", () => {
  it("is counts and the tenant's own facts: no customer, document or staff content", async () => {
    const tenant = await createTenantRow({ name: "Zählmakler GmbH" });
    await createStaff(tenant.id, { role: "advisor", firstName: "Vertraulich-Berater" });
    const customer = await createCustomer(tenant.id, { firstName: "Geheim", lastName: "Kundin-Xy" });
    await createCustomerUser(tenant.id, customer.id);
    await createDocument(tenant.id, customer.id, { title: "Vertrauliche Police", fileName: "geheim-police.pdf" });
    const ctx = await signedInOperator();

    const row = (await listTenants(ctx, { page: 1 })).rows.find((r) => r.id === tenant.id);
    expect(row && Object.keys(row).sort()).toEqual(
      ["address", "createdAt", "customerCount", "id", "name", "slug", "staffCount", "status"].sort(),
    );
    expect(row).toMatchObject({ staffCount: 1, customerCount: 1, address: `http://${tenant.slug}.localhost:3000` });

    const detail = await getTenant(ctx, tenant.id);
    expect(detail).toMatchObject({ staffCount: 1, customerCount: 1, owner: null });
    const shown = JSON.stringify([row, detail]);
    for (const secret of [
      "Geheim",
      "Kundin-Xy",
      customer.email!,
      "Vertrauliche Police",
      "geheim-police",
      "Vertraulich-Berater",
    ]) {
      expect(shown).not.toContain(secret);
    }
  });
});
