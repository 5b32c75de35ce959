import { Resolver } from "node:dns/promises";

/**
 * The lookups a custom-domain check needs. Every function that checks DNS takes one as an optional
 * parameter, so tests pass a fake built from a record table instead of asking the internet.
 * resolve6 is optional: without it the check looks at IPv4 only. Errors carry node:dns codes
 * (ENODATA, ENOTFOUND, ETIMEOUT, ESERVFAIL, …).
 */
export type DnsResolver = {
  resolveTxt(name: string): Promise<string[][]>;
  resolveCname(name: string): Promise<string[]>;
  resolve4(name: string): Promise<string[]>;
  resolve6?(name: string): Promise<string[]>;
};

// A broker waits for "Jetzt prüfen": 3 s per try, 2 tries, rather than the system's 5 s × 4.
const TIMEOUT_MS = 3_000;
const TRIES = 2;

let shared: DnsResolver | undefined;

/** The system's DNS servers through node:dns, with a short timeout. */
export function defaultDnsResolver(): DnsResolver {
  if (shared) return shared;
  const resolver = new Resolver({ timeout: TIMEOUT_MS, tries: TRIES });
  shared = {
    resolveTxt: (name) => resolver.resolveTxt(name),
    resolveCname: (name) => resolver.resolveCname(name),
    resolve4: (name) => resolver.resolve4(name),
    resolve6: (name) => resolver.resolve6(name),
  };
  return shared;
}
