import "server-only";
import { Readable } from "node:stream";
import { findBrandingImageKey } from "@/lib/data/branding/find-branding-image-key";
import { openObjectStream } from "@/lib/storage/get-object-stream";
import { brandingAssetPath, type BrandingAsset } from "@/lib/tenant/branding-asset-path";
import { hostFromHeaders } from "@/lib/tenant/normalize-host";
import { resolveHost } from "@/lib/tenant/resolve-tenant";

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * The logo or favicon of the tenant whose host the request came to (public: the login page and
 * e-mails show it). The key is read from that tenant's row, never from the URL, so no host can reach
 * another tenant's file. A request for the current version (`?v=` from brandingAssetPath) may be
 * cached for a year; any other URL only briefly, so a replaced image shows soon.
 */
export async function brandingAssetResponse(req: Request, asset: BrandingAsset): Promise<Response> {
  const host = hostFromHeaders((name) => req.headers.get(name));
  const resolution = host ? await resolveHost(host) : null;
  if (resolution?.kind !== "tenant") return notFound();
  const key = await findBrandingImageKey({ tenantId: resolution.tenant.id, kind: asset });
  if (!key) return notFound();

  let body: Readable;
  try {
    body = await openObjectStream(key);
  } catch {
    return notFound();
  }
  const current = new URL(brandingAssetPath(asset, key)!, "http://x").searchParams.get("v");
  const requested = new URL(req.url).searchParams.get("v");
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "image/png",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": requested === current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
