import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { setBrandingImage } from "@/lib/data/branding/set-branding-image";
import { db } from "@/lib/db/client";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { clearTenantCache, resolveHost } from "@/lib/tenant/resolve-tenant";
import { fetchBrandingAsset, fileInput, pngImage, tenantKeys, versionOf } from "../setup/branding-images";
import { createStaff, createTenant } from "../setup/factories";
import { contextFor } from "../setup/request-context";

beforeAll(async () => {
  await ensureBucket();
});

/** A tenant whose owner uploaded a logo and a favicon of the given sizes. */
async function brandedTenant(logoSize: [number, number] = [300, 100]) {
  const tenant = await createTenant();
  const ctx = await contextFor((await createStaff(tenant.id, { role: "owner" })).id);
  await setBrandingImage(ctx, "logo", fileInput(await pngImage(...logoSize)));
  await setBrandingImage(ctx, "favicon", fileInput(await pngImage(32, 32)));
  const resolved = await resolveHost(`${tenant.slug}.localhost`);
  if (resolved.kind !== "tenant") throw new Error("tenant host did not resolve");
  return { tenant, ctx, logoPath: resolved.tenant.logoPath, faviconPath: resolved.tenant.faviconPath };
}

const imageSize = async (res: Response) => {
  const { width, height, format } = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
  return { width, height, format };
};

describe("/branding/logo and /branding/favicon", () => {
  it("serves the tenant's own logo as PNG on its host, cacheable for a year at the current version", async () => {
    const { tenant, logoPath } = await brandedTenant([300, 100]);

    const res = await fetchBrandingAsset("logo", `${tenant.slug}.localhost`, versionOf(logoPath));

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await imageSize(res)).toEqual({ width: 300, height: 100, format: "png" });
  });

  it("caches an outdated or missing version only briefly", async () => {
    const { tenant } = await brandedTenant();
    for (const version of ["000000000000", undefined]) {
      const res = await fetchBrandingAsset("logo", `${tenant.slug}.localhost`, version);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=300");
    }
  });

  it("serves the favicon separately from the logo", async () => {
    const { tenant, faviconPath } = await brandedTenant();
    const res = await fetchBrandingAsset("favicon", `${tenant.slug}.localhost`, versionOf(faviconPath));
    expect(res.status).toBe(200);
    expect(await imageSize(res)).toEqual({ width: 64, height: 64, format: "png" });
  });

  it("never serves one tenant's logo on another tenant's host", async () => {
    const a = await brandedTenant([300, 100]);
    const b = await brandedTenant([200, 50]);
    const plain = await createTenant();

    // B's host with A's version still answers with B's own logo
    const onB = await fetchBrandingAsset("logo", `${b.tenant.slug}.localhost`, versionOf(a.logoPath));
    expect(onB.status).toBe(200);
    expect(await imageSize(onB)).toEqual({ width: 200, height: 50, format: "png" });
    expect(onB.headers.get("cache-control")).toBe("public, max-age=300");
    // a tenant without a logo has none, whatever the URL says
    const onPlain = await fetchBrandingAsset("logo", `${plain.slug}.localhost`, versionOf(a.logoPath));
    expect(onPlain.status).toBe(404);
    expect((await fetchBrandingAsset("favicon", `${plain.slug}.localhost`)).status).toBe(404);
  });

  it("answers 404 on the platform host, an unknown host and a suspended tenant's host", async () => {
    const { tenant, logoPath } = await brandedTenant();
    expect((await fetchBrandingAsset("logo", "localhost", versionOf(logoPath))).status).toBe(404);
    expect((await fetchBrandingAsset("logo", "unbekannt.example", versionOf(logoPath))).status).toBe(404);
    await db.tenant.update({ where: { id: tenant.id }, data: { status: "SUSPENDED", suspendedAt: new Date() } });
    clearTenantCache();
    expect((await fetchBrandingAsset("logo", `${tenant.slug}.localhost`, versionOf(logoPath))).status).toBe(404);
  });

  it("answers 404 when a row points at a key outside the tenant's prefix", async () => {
    const a = await brandedTenant();
    const b = await createTenant();
    await db.tenant.update({ where: { id: b.id }, data: { logoKey: (await tenantKeys(a.tenant.id)).logoKey } });
    expect((await fetchBrandingAsset("logo", `${b.slug}.localhost`)).status).toBe(404);
  });
});
