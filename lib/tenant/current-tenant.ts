import "server-only";
import { headers } from "next/headers";
import { hostFromHeaders } from "./normalize-host";
import { resolveHost, type HostResolution } from "./resolve-tenant";

/**
 * The tenant of the current request, resolved again from the Host header — never from headers the
 * middleware set — so a middleware bypass cannot choose another tenant.
 */
export async function currentHost(): Promise<HostResolution> {
  const h = await headers();
  const host = hostFromHeaders((name) => h.get(name));
  if (!host) return { kind: "unknown" };
  return resolveHost(host);
}
