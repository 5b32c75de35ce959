import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { serverEnv } from "@/lib/env";
import { reactivateTenant } from "@/lib/data/platform/reactivate-tenant";
import { suspendTenant } from "@/lib/data/platform/suspend-tenant";
import { getTenant } from "@/lib/data/platform/get-tenant";
import type { PlatformContext } from "@/lib/platform/platform-context";
import { resolveHost } from "@/lib/tenant/resolve-tenant";
import { middleware } from "@/middleware";
import { createStaff, createTenant } from "../setup/factories";
import { signedInOperator } from "../setup/platform-fixtures";
import { freshSession } from "../setup/request-context";

// The request a page or action would see (next/headers): host and cookies of the browser.
const browser = vi.hoisted(() => ({ host: "", cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: browser.host }),
  cookies: async () => ({
    get: (name: string) => (browser.cookies.has(name) ? { name, value: browser.cookies.get(name) } : undefined),
  }),
}));

let ctx: PlatformContext;

beforeAll(async () => {
  ctx = await signedInOperator();
});

function request(host: string, path = "/") {
  return new NextRequest(`http://${host}${path}`, { headers: { host } });
}

/** An owner of the tenant signed in on its address: the browser holds a live session cookie. */
async function signedInOwner(tenant: { id: string; slug: string }) {
  const owner = await createStaff(tenant.id, { role: "owner" });
  const claims = {
    userId: owner.id,
    tenantId: tenant.id,
    kind: "STAFF",
    sessionVersion: owner.sessionVersion,
    ...freshSession(),
  };
  browser.host = `${tenant.slug}.localhost`;
  browser.cookies = new Map([[sessionCookieName(), await encode({ token: claims, secret: serverEnv().NEXTAUTH_SECRET })]]);
  return owner;
}

describe("suspending a tenant", () => {
  it("shows the neutral 503 page on the tenant's address and ends its sessions at once", async () => {
    const tenant = await createTenant({ name: "Geheim-Makler Nord GmbH" });
    const host = `${tenant.slug}.localhost`;
    const owner = await signedInOwner(tenant);
    expect((await getRequestContext())?.actor.id).toBe(owner.id);

    expect(await suspendTenant(ctx, { tenantId: tenant.id, reason: "Vertrag gekündigt" })).toEqual({ ok: true, data: null });

    expect(await resolveHost(host)).toEqual({ kind: "suspended" });
    for (const path of ["/", "/login", "/broker", "/api/auth/csrf"]) {
      const res = await middleware(request(host, path));
      expect(res.status, path).toBe(503);
      const html = await res.text();
      expect(html).toContain("Dieses Portal ist vorübergehend nicht erreichbar.");
      expect(html).not.toContain("Geheim-Makler");
    }
    expect(await getRequestContext()).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { tenantId: tenant.id, action: "platform.tenantSuspended" } });
    expect(audit).toMatchObject({ actorKind: "platform", actorUserId: null });
    expect(audit.data).toMatchObject({ operatorId: ctx.operator.id, reason: "Vertrag gekündigt" });
    expect(await getTenant(ctx, tenant.id)).toMatchObject({ status: "SUSPENDED", suspendedReason: "Vertrag gekündigt" });
  });

  it("keeps other tenants and the platform host working", async () => {
    const suspended = await createTenant();
    const other = await createTenant();
    await suspendTenant(ctx, { tenantId: suspended.id, reason: "Zahlungsverzug" });
    expect((await middleware(request(`${other.slug}.localhost`, "/login"))).status).toBe(200);
    expect((await middleware(request("localhost", "/admin/login"))).status).toBe(200);
    expect((await resolveHost(`${other.slug}.localhost`)).kind).toBe("tenant");
  });

  it("requires a reason and changes nothing without one", async () => {
    const tenant = await createTenant();
    const result = await suspendTenant(ctx, { tenantId: tenant.id, reason: "  " });
    expect(result).toMatchObject({ ok: false, fieldErrors: { reason: "platformAdmin.detail.status.validation.reasonRequired" } });
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).status).toBe("ACTIVE");
    expect(await db.auditLog.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe("reactivating a tenant", () => {
  it("serves the portal again and lets the existing session back in", async () => {
    const tenant = await createTenant();
    const host = `${tenant.slug}.localhost`;
    const owner = await signedInOwner(tenant);
    await suspendTenant(ctx, { tenantId: tenant.id, reason: "Prüfung" });
    expect((await middleware(request(host, "/login"))).status).toBe(503);
    expect(await getRequestContext()).toBeNull();

    expect(await reactivateTenant(ctx, { tenantId: tenant.id })).toEqual({ ok: true, data: null });
    expect((await middleware(request(host, "/login"))).status).toBe(200);
    expect((await getRequestContext())?.actor.id).toBe(owner.id);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "platform.tenantReactivated" } })).toBe(1);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).suspendedAt).toBeNull();
  });

  it("does not audit a second suspension of a suspended tenant", async () => {
    const tenant = await createTenant();
    await suspendTenant(ctx, { tenantId: tenant.id, reason: "Erste Sperre" });
    expect(await suspendTenant(ctx, { tenantId: tenant.id, reason: "Noch einmal" })).toEqual({
      ok: false,
      error: "platformAdmin.errors.alreadySuspended",
    });
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "platform.tenantSuspended" } })).toBe(1);
  });
});
