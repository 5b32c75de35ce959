import { db } from "../db/client";
import { serverEnv } from "../env";
import { classifyHost } from "./classify-host";
import type { TenantBranding } from "./tenant-branding";

export type HostResolution = { kind: "platform" } | { kind: "tenant"; tenant: TenantBranding } | { kind: "unknown" };

const TTL_MS = 30_000;
const cache = new Map<string, { value: HostResolution; expires: number }>();

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
  portalHideExpiryDates: true,
  portalHideFinancials: true,
} as const;

/**
 * Host → tenant, from the verified mapping only (subdomain slug or a VERIFIED custom domain).
 * Suspended tenants resolve as unknown. Cached briefly per process; settings changes call clearTenantCache.
 */
export async function resolveHost(host: string): Promise<HostResolution> {
  const hit = cache.get(host);
  if (hit && hit.expires > Date.now()) return hit.value;
  const value = await lookup(host);
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
  if (!row || row.status !== "ACTIVE") return { kind: "unknown" };
  const { status: _status, ...tenant } = row;
  return { kind: "tenant", tenant };
}
