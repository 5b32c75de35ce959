// Builders for the branding upload tests: real images made with sharp, the upload input as the
// server action passes it, the tenant's branding objects in the bucket and a request to the routes.
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { GET as getFavicon } from "@/app/branding/favicon/route";
import { GET as getLogo } from "@/app/branding/logo/route";
import { db } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { s3Client } from "@/lib/storage/s3-client";

export const pngImage = (width = 300, height = 100) =>
  sharp({ create: { width, height, channels: 4, background: "#1d4ed8" } })
    .png()
    .withMetadata({ exif: { IFD0: { Copyright: "Secret Author" } } })
    .toBuffer();

export const jpegImage = (width = 1600, height = 400) =>
  sharp({ create: { width, height, channels: 3, background: "#0f766e" } })
    .jpeg()
    .toBuffer();

/** An SVG document around `body` (100 × 30 user units unless `attrs` says otherwise). */
export const svgImage = (body: string, attrs = 'width="100" height="30"') =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`,
  );

/** The form field "file" as the upload action hands it on (the browser's name and type do not count). */
export const fileInput = (bytes: Buffer, name = "logo.png", type = "image/png") => ({
  file: new File([new Uint8Array(bytes)], name, { type }),
});

/** Keys of all objects under the tenant's branding prefix. */
export async function brandingObjects(tenantId: string): Promise<string[]> {
  const res = await s3Client().send(
    new ListObjectsV2Command({ Bucket: serverEnv().S3_BUCKET, Prefix: `t/${tenantId}/branding/` }),
  );
  return (res.Contents ?? []).map((o) => o.Key ?? "");
}

export const tenantKeys = (tenantId: string) =>
  db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { logoKey: true, faviconKey: true } });

/** GET /branding/<asset> as it arrives on `host` (e.g. "<slug>.localhost"), with an optional `?v=`. */
export function fetchBrandingAsset(asset: "logo" | "favicon", host: string, version?: string): Promise<Response> {
  const query = version ? `?v=${version}` : "";
  const req = new Request(`http://${host}/branding/${asset}${query}`, { headers: { host } });
  return asset === "logo" ? getLogo(req) : getFavicon(req);
}

export const versionOf = (path: string | null) => new URL(path ?? "/", "http://x").searchParams.get("v") ?? "";
