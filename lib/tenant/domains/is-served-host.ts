import { db } from "../../db/client";
import { serverEnv } from "../../env";
import { classifyHost } from "../classify-host";
import { normalizeHost } from "../normalize-host";

/**
 * Whether the portal serves `raw` for a tenant — the answer the reverse proxy asks before it obtains
 * a certificate on demand: <slug>.<ROOT_DOMAIN> or a VERIFIED custom domain, of an ACTIVE tenant.
 * Reads the database directly rather than resolve-tenant's cache: the proxy asks about arbitrary
 * names from TLS handshakes, which must not fill that cache.
 */
export async function isServedHost(raw: string | null): Promise<boolean> {
  const host = normalizeHost(raw);
  if (!host) return false;
  const root = serverEnv().ROOT_DOMAIN;
  const kind = classifyHost(host, root);
  if (kind.kind === "subdomain") {
    // classifyHost also maps <slug>.localhost for development; no certificate is ever issued for those.
    if (!host.endsWith(`.${root}`)) return false;
    return (await db.tenant.count({ where: { slug: kind.slug, status: "ACTIVE" } })) > 0;
  }
  if (kind.kind === "custom") {
    return (await db.domain.count({ where: { host, status: "VERIFIED", tenant: { status: "ACTIVE" } } })) > 0;
  }
  return false;
}
