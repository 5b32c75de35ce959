import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { removeBrandingImage } from "@/lib/data/branding/remove-branding-image";
import { setBrandingImage } from "@/lib/data/branding/set-branding-image";
import { AccessDeniedError } from "@/lib/data/context/access-error";
import { db } from "@/lib/db/client";
import { ensureBucket } from "@/lib/storage/ensure-bucket";
import { getObjectBytes } from "@/lib/storage/get-object";
import { resolveHost } from "@/lib/tenant/resolve-tenant";
import { brandingObjects, fileInput, jpegImage, pngImage, svgImage, tenantKeys } from "../setup/branding-images";
import { createCustomer, createCustomerUser, createStaff, createTenant, tinyPdf } from "../setup/factories";
import { contextFor } from "../setup/request-context";

beforeAll(async () => {
  await ensureBucket();
});

async function owner() {
  const tenant = await createTenant();
  const user = await createStaff(tenant.id, { role: "owner" });
  return { tenant, ctx: await contextFor(user.id) };
}

const storedImage = async (key: string | null) => sharp(Buffer.from(await getObjectBytes(key!))).metadata();

describe("branding images: what is accepted and how it is stored", () => {
  it("stores an uploaded PNG logo re-encoded as PNG under a new key, without its metadata", async () => {
    const { tenant, ctx } = await owner();
    const upload = await pngImage(300, 100);

    expect(await setBrandingImage(ctx, "logo", fileInput(upload))).toEqual({ ok: true });

    const { logoKey } = await tenantKeys(tenant.id);
    expect(logoKey).toMatch(new RegExp(`^t/${tenant.id}/branding/logo-[0-9a-f-]{36}$`));
    const stored = Buffer.from(await getObjectBytes(logoKey!));
    expect(stored.equals(upload)).toBe(false);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "png", width: 300, height: 100 });
    expect(meta.exif).toBeUndefined();
    expect(await brandingObjects(tenant.id)).toEqual([logoKey]);
    const audit = await db.auditLog.findMany({ where: { tenantId: tenant.id, action: "tenant.logoChanged" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.data).toEqual({ fields: ["logoKey"] });
    expect(await resolveHost(`${tenant.slug}.localhost`)).toMatchObject({
      tenant: { logoPath: expect.stringMatching(/^\/branding\/logo\?v=[0-9a-f]{12}$/) },
    });
  });

  it("shrinks a large JPEG logo into 800 × 240 and stores it as PNG", async () => {
    const { tenant, ctx } = await owner();
    expect(await setBrandingImage(ctx, "logo", fileInput(await jpegImage(1600, 400), "logo.jpg", "image/jpeg"))).toEqual({
      ok: true,
    });
    expect(await storedImage((await tenantKeys(tenant.id)).logoKey)).toMatchObject({ format: "png", width: 800, height: 200 });
  });

  it("rasterises a plain SVG logo (gradient and #fragment references) to PNG", async () => {
    const { tenant, ctx } = await owner();
    const svg = svgImage(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#1d4ed8"/></linearGradient></defs>' +
        '<rect width="100" height="30" fill="url(#g)"/><use xlink:href="#g"/>',
    );
    expect(await setBrandingImage(ctx, "logo", fileInput(svg, "logo.svg", "image/svg+xml"))).toEqual({ ok: true });
    // vector art is drawn to fill the box rather than kept at its nominal 100 × 30
    expect(await storedImage((await tenantKeys(tenant.id)).logoKey)).toMatchObject({ format: "png", width: 800, height: 240 });
  });

  it("stores a favicon as a 64 × 64 PNG with transparent padding", async () => {
    const { tenant, ctx } = await owner();
    expect(await setBrandingImage(ctx, "favicon", fileInput(await jpegImage(200, 100), "icon.jpg", "image/jpeg"))).toEqual({
      ok: true,
    });
    const { faviconKey, logoKey } = await tenantKeys(tenant.id);
    expect(logoKey).toBeNull();
    const stored = Buffer.from(await getObjectBytes(faviconKey!));
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: "png", width: 64, height: 64, hasAlpha: true });
    const { data } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    expect(data[3]).toBe(0); // top-left corner is padding
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "tenant.faviconChanged" } })).toBe(1);
  });

  it.each([
    ["a script", svgImage('<script>alert(document.cookie)</script><rect width="10" height="10"/>')],
    ["an onload handler", svgImage('<rect width="10" height="10" onload="alert(1)"/>')],
    ["an external image", svgImage('<image href="https://evil.example/track.png" width="10" height="10"/>')],
    ["a local file reference", svgImage('<image xlink:href="file:///etc/passwd" width="10" height="10"/>')],
    ["a javascript link", svgImage('<a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a>')],
    ["an external url() in CSS", svgImage('<style>rect{fill:url(https://evil.example/x)}</style><rect width="10" height="10"/>')],
    [
      "foreign HTML content",
      svgImage('<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
    ],
    [
      "an entity declaration",
      Buffer.from(
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
      ),
    ],
  ])("refuses an SVG logo with %s and stores nothing", async (_what, svg) => {
    const { tenant, ctx } = await owner();
    expect(await setBrandingImage(ctx, "logo", fileInput(svg, "logo.svg", "image/svg+xml"))).toEqual({
      ok: false,
      error: "branding.image.errors.unsafeSvg",
    });
    expect((await tenantKeys(tenant.id)).logoKey).toBeNull();
    expect(await brandingObjects(tenant.id)).toEqual([]);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "tenant.logoChanged" } })).toBe(0);
  });

  it.each([
    ["an HTML page", Buffer.from("<!DOCTYPE html><html><body><svg></svg><script>alert(1)</script></body></html>")],
    ["a Windows program", Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(512, 1)])],
    ["a GIF", Buffer.concat([Buffer.from("GIF89a", "ascii"), Buffer.alloc(256, 2)])],
    ["a PDF", tinyPdf()],
  ])("refuses %s renamed to .png", async (_what, bytes) => {
    const { tenant, ctx } = await owner();
    expect(await setBrandingImage(ctx, "logo", fileInput(bytes))).toEqual({
      ok: false,
      error: "branding.image.errors.typeNotAllowed",
    });
    expect(await brandingObjects(tenant.id)).toEqual([]);
  });

  it("refuses a broken PNG and a picture larger than 4000 × 4000 pixels", async () => {
    const { tenant, ctx } = await owner();
    const broken = Buffer.concat([(await pngImage()).subarray(0, 40), Buffer.alloc(200, 7)]);
    expect(await setBrandingImage(ctx, "logo", fileInput(broken))).toEqual({
      ok: false,
      error: "branding.image.errors.unreadable",
    });
    const huge = await sharp({ create: { width: 4001, height: 4001, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect(await setBrandingImage(ctx, "logo", fileInput(huge))).toEqual({
      ok: false,
      error: { key: "branding.image.errors.tooManyPixels", values: { max: 4000 } },
    });
    expect(await brandingObjects(tenant.id)).toEqual([]);
  });

  it("refuses a logo over 1 MB and a favicon over 256 KB, and an empty file", async () => {
    const { tenant, ctx } = await owner();
    const padded = (bytes: Buffer, size: number) => Buffer.concat([bytes, Buffer.alloc(size - bytes.length)]);
    const png = await pngImage(20, 20);
    expect(await setBrandingImage(ctx, "logo", fileInput(padded(png, 1024 * 1024 + 1)))).toEqual({
      ok: false,
      error: { key: "branding.image.errors.tooLarge", values: { size: "1 MB" } },
    });
    expect(await setBrandingImage(ctx, "favicon", fileInput(padded(png, 256 * 1024 + 1)))).toEqual({
      ok: false,
      error: { key: "branding.image.errors.tooLarge", values: { size: "256 KB" } },
    });
    expect(await setBrandingImage(ctx, "logo", fileInput(Buffer.alloc(0)))).toEqual({
      ok: false,
      error: "branding.image.errors.empty",
    });
    expect(await setBrandingImage(ctx, "logo", { file: "kein Bild" })).toEqual({
      ok: false,
      error: "branding.image.errors.empty",
    });
    expect(await brandingObjects(tenant.id)).toEqual([]);
  });

  it("replacing the logo deletes the previous object; removing it deletes the object and clears the row", async () => {
    const { tenant, ctx } = await owner();
    await setBrandingImage(ctx, "logo", fileInput(await pngImage()));
    const first = (await tenantKeys(tenant.id)).logoKey!;
    await setBrandingImage(ctx, "logo", fileInput(await jpegImage(), "neu.jpg", "image/jpeg"));
    const second = (await tenantKeys(tenant.id)).logoKey!;
    expect(second).not.toBe(first);
    await expect(getObjectBytes(first)).rejects.toThrow();
    expect(await brandingObjects(tenant.id)).toEqual([second]);

    expect(await removeBrandingImage(ctx, "logo")).toEqual({ ok: true });

    expect((await tenantKeys(tenant.id)).logoKey).toBeNull();
    await expect(getObjectBytes(second)).rejects.toThrow();
    expect(await brandingObjects(tenant.id)).toEqual([]);
    expect(await resolveHost(`${tenant.slug}.localhost`)).toMatchObject({ tenant: { logoPath: null } });
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "tenant.logoRemoved" } })).toBe(1);
    // nothing to remove: no audit entry
    expect(await removeBrandingImage(ctx, "logo")).toEqual({ ok: true });
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "tenant.logoRemoved" } })).toBe(1);
  });

  it("removes the favicon without touching the logo", async () => {
    const { tenant, ctx } = await owner();
    await setBrandingImage(ctx, "logo", fileInput(await pngImage()));
    await setBrandingImage(ctx, "favicon", fileInput(await pngImage(64, 64)));
    const { logoKey } = await tenantKeys(tenant.id);
    expect(await removeBrandingImage(ctx, "favicon")).toEqual({ ok: true });
    expect(await tenantKeys(tenant.id)).toEqual({ logoKey, faviconKey: null });
    expect(await brandingObjects(tenant.id)).toEqual([logoKey]);
    expect(await db.auditLog.count({ where: { tenantId: tenant.id, action: "tenant.faviconRemoved" } })).toBe(1);
  });

  it("refuses advisors, back office and customers: no upload, no removal", async () => {
    const { tenant, ctx: ownerCtx } = await owner();
    await setBrandingImage(ownerCtx, "logo", fileInput(await pngImage()));
    const before = await tenantKeys(tenant.id);
    const customer = await createCustomer(tenant.id);
    const others = [
      await contextFor((await createStaff(tenant.id, { role: "advisor" })).id),
      await contextFor((await createStaff(tenant.id, { role: "backoffice" })).id),
      await contextFor((await createCustomerUser(tenant.id, customer.id)).id),
    ];
    for (const ctx of others) {
      await expect(setBrandingImage(ctx, "logo", fileInput(await pngImage()))).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(removeBrandingImage(ctx, "logo")).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await tenantKeys(tenant.id)).toEqual(before);
    expect(await brandingObjects(tenant.id)).toEqual([before.logoKey]);
  });

  it("refuses an unknown image kind", async () => {
    const { tenant, ctx } = await owner();
    expect(await setBrandingImage(ctx, "background", fileInput(await pngImage()))).toEqual({
      ok: false,
      error: "common.errors.checkInput",
    });
    expect(await removeBrandingImage(ctx, "logoKey")).toEqual({ ok: false, error: "common.errors.checkInput" });
    expect(await brandingObjects(tenant.id)).toEqual([]);
  });
});
