/** Lower-case host without port or trailing dot; null for anything that is not a plausible host name. */
export function normalizeHost(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(",")[0]?.trim().toLowerCase() ?? "";
  const withoutPort = first.startsWith("[") ? first : first.replace(/:\d+$/, "");
  const host = withoutPort.replace(/\.$/, "");
  if (!/^[a-z0-9.-]{1,253}$/.test(host) && host !== "[::1]") return null;
  return host;
}

/** The request's host. Proxies' X-Forwarded-Host is honoured only when TRUST_PROXY=true. */
export function hostFromHeaders(get: (name: string) => string | null | undefined): string | null {
  const forwarded = process.env.TRUST_PROXY === "true" ? get("x-forwarded-host") : null;
  return normalizeHost(forwarded ?? get("host"));
}
