import { createHash } from "node:crypto";

export type BrandingAsset = "logo" | "favicon";

/**
 * Same-origin path of a tenant's uploaded logo or favicon (served by app/branding/<asset>/route.ts
 * for the tenant of the request's host). The query carries a short hash of the storage key, so a new
 * upload gets a new URL and browsers and mail clients may cache each version for long.
 */
export function brandingAssetPath(asset: BrandingAsset, key: string | null | undefined): string | null {
  if (!key) return null;
  const version = createHash("sha256").update(key).digest("hex").slice(0, 12);
  return `/branding/${asset}?v=${version}`;
}
