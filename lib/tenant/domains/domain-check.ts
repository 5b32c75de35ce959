import type { DomainCheckReason } from "../../validation/domains";
import { defaultDnsResolver, type DnsResolver } from "./dns-resolver";
import { platformCnameTarget } from "./platform-cname-target";

/** The result of the DNS part of a check; "taken" is decided from the database (record-domain-check.ts). */
export type DnsCheckResult =
  { verified: true } | { verified: false; reason: Exclude<DomainCheckReason, "taken">; found?: string };

/** Name of the TXT record that proves the broker controls the domain. */
export const txtRecordName = (host: string) => `_portal-verify.${host}`;
/** Its expected value. */
export const txtRecordValue = (token: string) => `portal-verify=${token}`;

// "No such record/name" — the broker has not set it (yet). Anything else (timeout, SERVFAIL,
// refused, …) says nothing about the broker's records and is reported as dns_error.
const MISSING = new Set(["ENODATA", "ENOTFOUND"]);
const FOUND_MAX = 80;

type Lookup<T> = { ok: true; records: T[] } | { ok: false };

async function lookup<T>(run: () => Promise<T[]>): Promise<Lookup<T>> {
  try {
    return { ok: true, records: await run() };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return typeof code === "string" && MISSING.has(code) ? { ok: true, records: [] } : { ok: false };
  }
}

const hostName = (name: string) => name.trim().toLowerCase().replace(/\.$/, "");
const shorten = (value: string) => (value.length > FOUND_MAX ? `${value.slice(0, FOUND_MAX - 1)}…` : value);

type Addresses = { ok: true; count: number; foreign: string[] } | { ok: false };

/**
 * The host's IPv4 and (when the resolver can) IPv6 addresses, and those of them the target does not
 * have. Both families count: a stale AAAA record would send IPv6 visitors to another server, which
 * could then obtain a certificate for the name. The target is asked only for a family the host uses.
 */
async function addressesElsewhere(resolver: DnsResolver, host: string, target: string): Promise<Addresses> {
  const families: ((name: string) => Promise<string[]>)[] = [(name) => resolver.resolve4(name)];
  const resolve6 = resolver.resolve6;
  if (resolve6) families.push((name) => resolve6.call(resolver, name));
  let count = 0;
  const foreign: string[] = [];
  for (const resolve of families) {
    const own = await lookup(() => resolve(host));
    if (!own.ok) return { ok: false };
    if (own.records.length === 0) continue;
    const platform = await lookup(() => resolve(target));
    if (!platform.ok) return { ok: false };
    const allowed = new Set(platform.records.map((ip) => ip.toLowerCase()));
    count += own.records.length;
    foreign.push(...own.records.filter((ip) => !allowed.has(ip.toLowerCase())));
  }
  return { ok: true, count, foreign };
}

/**
 * Checks, in this order, that `_portal-verify.<host>` has the TXT record `portal-verify=<token>` and
 * that `<host>` reaches the platform: a CNAME to the target, or (apex domains with ALIAS/ANAME, CNAME
 * chains) A and AAAA records that all belong to the target. Returns the first failing reason, with
 * what was found instead where that helps the broker fix it.
 */
export async function checkDomainDns(
  host: string,
  token: string,
  options: { resolver?: DnsResolver; target?: string } = {},
): Promise<DnsCheckResult> {
  const resolver = options.resolver ?? defaultDnsResolver();
  const target = hostName(options.target ?? platformCnameTarget());

  const txt = await lookup(() => resolver.resolveTxt(txtRecordName(host)));
  if (!txt.ok) return { verified: false, reason: "dns_error" };
  const values = txt.records.map((chunks) => chunks.join("").trim());
  const expected = txtRecordValue(token);
  if (!values.includes(expected)) {
    if (values.length === 0) return { verified: false, reason: "txt_missing" };
    const nearest = values.find((v) => v.startsWith("portal-verify=")) ?? values[0]!;
    return { verified: false, reason: "txt_mismatch", found: shorten(nearest) };
  }

  const cname = await lookup(() => resolver.resolveCname(host));
  if (!cname.ok) return { verified: false, reason: "dns_error" };
  const cnames = cname.records.map(hostName);
  if (cnames.includes(target)) return { verified: true };

  // The address lookups follow CNAMEs, so this covers ALIAS/ANAME at the apex and CNAME chains alike.
  const addresses = await addressesElsewhere(resolver, host, target);
  if (!addresses.ok) return { verified: false, reason: "dns_error" };
  if (addresses.count > 0 && addresses.foreign.length === 0) return { verified: true };
  if (cnames.length > 0) return { verified: false, reason: "cname_mismatch", found: shorten(cnames[0]!) };
  if (addresses.foreign.length > 0) {
    return { verified: false, reason: "cname_mismatch", found: shorten(addresses.foreign.join(", ")) };
  }
  return { verified: false, reason: "cname_missing" };
}
