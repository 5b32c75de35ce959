import { domainToASCII } from "node:url";
import type { MessageKey } from "../../i18n/message-key";

export type HostValidation = { ok: true; host: string } | { ok: false; error: MessageKey };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A broker's input as the host we store and match against the Host header: lower-case ASCII
 * (umlaut domains converted to xn--), at least two labels, no IP address, wildcard, port or path,
 * and never one of the platform's own names (the root domain, its subdomains, the CNAME target,
 * localhost) — those would let a tenant claim another tenant's or the operator's address.
 */
export function validateCustomHost(raw: string, platform: { rootDomain: string; cnameTarget: string }): HostValidation {
  const input = raw.trim().toLowerCase().replace(/\.$/, "");
  if (!input) return { ok: false, error: "domains.validation.hostRequired" };
  if (/[/:@\s[\]]/.test(input)) return { ok: false, error: "domains.validation.hostNotUrl" };
  if (input.includes("*")) return { ok: false, error: "domains.validation.hostWildcard" };
  const host = domainToASCII(input);
  if (!host || host.length > 253) return { ok: false, error: "domains.validation.hostInvalid" };
  const labels = host.split(".");
  if (labels.length < 2) return { ok: false, error: "domains.validation.hostSingleLabel" };
  if (!labels.every((label) => LABEL.test(label))) return { ok: false, error: "domains.validation.hostInvalid" };
  // No top-level domain is numeric, so a numeric last label means an IPv4 address.
  if (/^\d+$/.test(labels.at(-1)!)) return { ok: false, error: "domains.validation.hostIp" };
  const reserved = ["localhost", platform.rootDomain.toLowerCase(), platform.cnameTarget.toLowerCase()];
  if (reserved.some((name) => host === name || host.endsWith(`.${name}`))) {
    return { ok: false, error: "domains.validation.hostPlatform" };
  }
  return { ok: true, host };
}
