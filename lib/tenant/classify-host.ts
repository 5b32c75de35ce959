import { normalizeHost } from "./normalize-host";

export type HostKind = { kind: "platform" } | { kind: "subdomain"; slug: string } | { kind: "custom"; host: string };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Decides how a host maps to a tenant, without touching the database. */
export function classifyHost(host: string, rootDomain: string): HostKind {
  const root = normalizeHost(rootDomain) ?? "localhost";
  if (host === root || LOOPBACK.has(host)) return { kind: "platform" };
  for (const base of new Set([root, "localhost"])) {
    if (host.endsWith(`.${base}`)) {
      const label = host.slice(0, -(base.length + 1));
      // Only one label: a.b.localhost is not a tenant.
      if (/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label)) return { kind: "subdomain", slug: label };
      return { kind: "custom", host };
    }
  }
  return { kind: "custom", host };
}
