// Shared by tests/integration/custom-domains-*.integration.test.ts: a fake DNS built from a record
// table (no network) and a tenant with owner and request context.
import { db } from "@/lib/db/client";
import { addDomain } from "@/lib/data/domains/add-domain";
import type { RequestContext } from "@/lib/data/context/types";
import type { DnsResolver } from "@/lib/tenant/domains/dns-resolver";
import { createStaff, createTenant, uniqueSuffix } from "../setup/factories";
import { contextFor } from "../setup/request-context";

/** ROOT_DOMAIN is "localhost" in the integration env, so the default CNAME target is this. */
export const TARGET = "domains.localhost";
export const PLATFORM_IP = "203.0.113.10";
export const PLATFORM_IP6 = "2001:db8::10";

type Entry = { TXT?: string[]; CNAME?: string; A?: string[]; AAAA?: string[]; error?: string };
export type DnsTable = Record<string, Entry>;

const dnsError = (code: string, name: string) => Object.assign(new Error(`${code} ${name}`), { code });

/**
 * node:dns behaviour on a table: an unknown name → ENOTFOUND, a known name without that record type
 * → ENODATA, `error` → that code for every lookup of the name; A and AAAA lookups follow CNAMEs.
 */
export function fakeResolver(table: DnsTable): DnsResolver {
  const entry = (name: string) => {
    const e = table[name];
    if (!e) throw dnsError("ENOTFOUND", name);
    if (e.error) throw dnsError(e.error, name);
    return e;
  };
  const addresses =
    (type: "A" | "AAAA") =>
    async (name: string): Promise<string[]> => {
      const e = entry(name);
      if (e.CNAME) return addresses(type)(e.CNAME);
      const found = e[type];
      if (!found) throw dnsError("ENODATA", name);
      return found;
    };
  return {
    resolveTxt: async (name) => {
      const e = entry(name);
      if (!e.TXT) throw dnsError("ENODATA", name);
      return e.TXT.map((v) => [v]);
    },
    resolveCname: async (name) => {
      const e = entry(name);
      if (!e.CNAME) throw dnsError("ENODATA", name);
      return [`${e.CNAME}.`];
    },
    resolve4: addresses("A"),
    resolve6: addresses("AAAA"),
  };
}

/** The records a broker sets correctly for `host` (plus the platform target's A and AAAA records). */
export function correctDns(host: string, token: string): DnsTable {
  return {
    [`_portal-verify.${host}`]: { TXT: [`portal-verify=${token}`] },
    [host]: { CNAME: TARGET },
    [TARGET]: { A: [PLATFORM_IP], AAAA: [PLATFORM_IP6] },
  };
}

export async function brokerOffice() {
  const tenant = await createTenant();
  const owner = await createStaff(tenant.id, { role: "owner" });
  return { tenant, owner, ctx: await contextFor(owner.id) };
}

/** A fresh host under .example (never a real name) for one test. */
export const freshHost = (label = "portal") => `${label}.${uniqueSuffix()}.example`;

/** Adds `host` through the data layer and returns the stored row (its token is needed for DNS). */
export async function added(ctx: RequestContext, host: string) {
  const result = await addDomain(ctx, { host });
  if (!result.ok) throw new Error(`addDomain refused: ${JSON.stringify(result.error)}`);
  return db.domain.findUniqueOrThrow({ where: { id: result.id } });
}
