import { db } from "../db/client";
import { serverEnv } from "../env";
import { brandingAssetPath } from "./branding-asset-path";
import { classifyHost } from "./classify-host";
import type { TenantBranding } from "./tenant-branding";

/**
 * "suspended": the host belongs to a tenant the platform operator suspended. The middleware answers
 * 503 for it; everywhere else it counts as "no tenant", so no session of that tenant works.
 */
export type HostResolution =
  { kind: "platform" } | { kind: "tenant"; tenant: TenantBranding } | { kind: "suspended" } | { kind: "unknown" };

const TTL_MS = 30_000;
// Any client can send any Host header: the cache must not grow with random names.
const MAX_ENTRIES = 2_000;
type CacheEntry = { value: HostResolution; expires: number };
// One map per process on globalThis: Next bundles the middleware and the app separately, each with
// its own copy of this module; a settings change (clearTenantCache in a server action) must also
// reach the middleware, or a suspended tenant would still pass it for up to TTL_MS.
const shared = globalThis as typeof globalThis & { __maklerportalHostCache?: Map<string, CacheEntry> };
const cache = (shared.__maklerportalHostCache ??= new Map<string, CacheEntry>());

const SELECT = {
  id: true,
  slug: true,
  name: true,
  status: true,
  primaryColor: true,
  secondaryColor: true,
  textColor: true,
  locale: true,
  currency: true,
  loginText: true,
  sessionIdleMinutes: true,
  sessionAbsoluteHours: true,
  logoKey: true,
  faviconKey: true,
  portalHideExpiryDates: true,
  portalHideFinancials: true,
} as const;

/**
 * Host → tenant, from the verified mapping only (subdomain slug or a VERIFIED custom domain).
 * Suspended tenants resolve as "suspended" (nothing of them is loaded). Cached briefly per process; settings changes call clearTenantCache.
 */
export async function resolveHost(host: string): Promise<HostResolution> {
  const hit = cache.get(host);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = await lookup(host);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(host, { value, expires: Date.now() + TTL_MS });
  return value;
}

export function clearTenantCache(): void {
  cache.clear();
}

async function lookup(host: string): Promise<HostResolution> {
  const classified = classifyHost(host, serverEnv().ROOT_DOMAIN);
  if (classified.kind === "platform") return { kind: "platform" };
  const row =
    classified.kind === "subdomain"
      ? await db.tenant.findUnique({ where: { slug: classified.slug }, select: SELECT })
      : (
          await db.domain.findFirst({
            where: { host: classified.host, status: "VERIFIED" },
            select: { tenant: { select: SELECT } },
          })
        )?.tenant;
  if (!row) return { kind: "unknown" };
  if (row.status !== "ACTIVE") return { kind: "suspended" };
  const { status: _status, logoKey, faviconKey, ...rest } = row;
  const tenant: TenantBranding = {
    ...rest,
    logoPath: brandingAssetPath("logo", logoKey),
    faviconPath: brandingAssetPath("favicon", faviconKey),
  };
  return { kind: "tenant", tenant };
}
