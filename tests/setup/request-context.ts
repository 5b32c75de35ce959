import { db } from "@/lib/db/client";
import { loadRequestContext } from "@/lib/data/context/load-request-context";
import type { RequestContext } from "@/lib/data/context/types";
import { resolveHost, clearTenantCache } from "@/lib/tenant/resolve-tenant";
import { nowSeconds } from "@/lib/auth/session-lifetime";

/** Session timestamps of a sign-in that happened just now. */
export const freshSession = () => ({ authTime: nowSeconds(), lastSeen: nowSeconds(), remember: false });

/**
 * The context a signed-in user gets on their own tenant's host (same path as a real request);
 * `folderCustomerId` is what the household folder cookie (mp_folder) would carry.
 */
export async function contextFor(
  userId: string,
  onHostOfTenantSlug?: string,
  { folderCustomerId = null }: { folderCustomerId?: string | null } = {},
): Promise<RequestContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, tenantId: true, kind: true, sessionVersion: true, tenant: { select: { slug: true } } },
  });
  clearTenantCache();
  const resolution = await resolveHost(`${onHostOfTenantSlug ?? user.tenant.slug}.localhost`);
  if (resolution.kind !== "tenant") throw new Error("tenant host did not resolve");
  const ctx = await loadRequestContext({
    tenant: resolution.tenant,
    claims: { userId: user.id, tenantId: user.tenantId, kind: user.kind, sessionVersion: user.sessionVersion, ...freshSession() },
    folderCustomerId,
  });
  if (!ctx) throw new Error("no context for user");
  return ctx;
}
