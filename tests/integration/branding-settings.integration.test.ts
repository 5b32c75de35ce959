import { describe, expect, it } from "vitest";
import { getBrandingSettings } from "@/lib/data/branding/get-branding-settings";
import { updateBranding } from "@/lib/data/branding/update-branding";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { db } from "@/lib/db/client";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { createCustomer, createCustomerUser, createStaff, createTenant, type StaffRoleKey } from "../setup/factories";
import { contextFor } from "../setup/request-context";

const BRAND = {
  name: "Muster Versicherungsmakler GmbH",
  loginText: "Willkommen bei Ihrem Makler in Musterstadt.",
  primaryColor: "#7C2D12",
  secondaryColor: "#1e3a8a",
  textColor: "#111827",
};

const brandingOf = (tenantId: string) =>
  db.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: { name: true, loginText: true, primaryColor: true, secondaryColor: true, textColor: true },
  });

async function staffCtx(role: StaffRoleKey) {
  const tenant = await createTenant();
  const user = await createStaff(tenant.id, { role });
  return { tenant, ctx: await contextFor(user.id) };
}

describe("branding settings: name, login text and colours", () => {
  it.each(["owner", "admin"] as const)("lets the %s change name, login text and colours", async (role) => {
    const { tenant, ctx } = await staffCtx(role);

    expect(await updateBranding(ctx, BRAND)).toEqual({ ok: true, warnings: [] });

    expect(await brandingOf(tenant.id)).toEqual({ ...BRAND, primaryColor: "#7c2d12" });
    expect(await getBrandingSettings(ctx)).toMatchObject({ name: BRAND.name, loginText: BRAND.loginText, logoPath: null });
    // the host resolution (login page, portal, CSS variables) shows the new brand without waiting for the cache
    const resolved = await resolveHost(`${tenant.slug}.localhost`);
    expect(resolved).toMatchObject({ kind: "tenant", tenant: { name: BRAND.name, primaryColor: "#7c2d12" } });
    const audit = await db.auditLog.findMany({ where: { tenantId: tenant.id, action: "tenant.brandingChanged" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: "Tenant", entityId: tenant.id });
    expect(audit[0]?.data).toEqual({ fields: ["name", "loginText", "primaryColor", "secondaryColor", "textColor"] });
  });

  it.each(["advisor", "backoffice", "partner"] as const)("refuses the %s and changes nothing", async (role) => {
    const { tenant, ctx } = await staffCtx(role);
    const before = await brandingOf(tenant.id);
    await expect(updateBranding(ctx, BRAND)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getBrandingSettings(ctx)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await brandingOf(tenant.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "tenant.brandingChanged" } })).toBe(0);
  });

  it("refuses a signed-in customer and an anonymous caller", async () => {
    const tenant = await createTenant();
    const customer = await createCustomer(tenant.id);
    const ctx = await contextFor((await createCustomerUser(tenant.id, customer.id)).id);
    const before = await brandingOf(tenant.id);
    await expect(updateBranding(ctx, BRAND)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(updateBranding(null, BRAND)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(await brandingOf(tenant.id)).toEqual(before);
  });

  it.each(["red", "#12345", "#fff;background:url(x)", "#1234567", ""])("refuses the colour %j", async (bad) => {
    const { tenant, ctx } = await staffCtx("owner");
    const before = await brandingOf(tenant.id);
    const result = await updateBranding(ctx, { ...BRAND, secondaryColor: bad });
    expect(result).toEqual({
      ok: false,
      error: "common.errors.checkInput",
      fieldErrors: { secondaryColor: "branding.errors.color" },
    });
    expect(await brandingOf(tenant.id)).toEqual(before);
  });

  it("refuses a name that is too short or too long and a login text over 300 characters", async () => {
    const { tenant, ctx } = await staffCtx("owner");
    const before = await brandingOf(tenant.id);
    for (const name of [" A ", "x".repeat(81)]) {
      expect(await updateBranding(ctx, { ...BRAND, name })).toMatchObject({
        ok: false,
        fieldErrors: { name: "branding.errors.name" },
      });
    }
    expect(await updateBranding(ctx, { ...BRAND, loginText: "x".repeat(301) })).toMatchObject({
      ok: false,
      fieldErrors: { loginText: "branding.errors.loginText" },
    });
    expect(await brandingOf(tenant.id)).toEqual(before);
  });

  it("saves poorly readable colours but warns with a readable suggestion", async () => {
    const { tenant, ctx } = await staffCtx("admin");
    const result = await updateBranding(ctx, { ...BRAND, primaryColor: "#fff59d" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      { pair: "onPrimary", ratio: expect.any(Number), suggestion: expect.stringMatching(/^#[0-9a-f]{6}$/) },
    ]);
    expect((await brandingOf(tenant.id)).primaryColor).toBe("#fff59d");
  });

  it("clears an emptied login text so the login page falls back to its standard sentence", async () => {
    const { tenant, ctx } = await staffCtx("owner");
    await updateBranding(ctx, BRAND);
    expect(await updateBranding(ctx, { ...BRAND, loginText: "   " })).toMatchObject({ ok: true });
    expect((await brandingOf(tenant.id)).loginText).toBeNull();
    const audit = await db.auditLog.findMany({
      where: { tenantId: tenant.id, action: "tenant.brandingChanged" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.at(-1)?.data).toEqual({ fields: ["loginText"] });
  });

  it("leaves another tenant's branding untouched", async () => {
    const { ctx } = await staffCtx("owner");
    const other = await createTenant({ name: "Anderes Büro", primaryColor: "#065f46" });
    const before = await brandingOf(other.id);

    await updateBranding(ctx, BRAND);

    expect(await brandingOf(other.id)).toEqual(before);
    clearTenantCache();
    expect(await resolveHost(`${other.slug}.localhost`)).toMatchObject({
      kind: "tenant",
      tenant: { name: "Anderes Büro", primaryColor: "#065f46" },
    });
  });
});
