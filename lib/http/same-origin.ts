import { hostFromHeaders, normalizeHost } from "../tenant/normalize-host";

/**
 * A browser request sent from another site (or another tenant's domain) carries that Origin; our
 * own pages send ours. Route handlers that change data refuse foreign origins (security.md 21:
 * server actions do this in Next itself, route handlers must do it themselves).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // non-browser clients; the session cookie is still required
  let originHost: string | null;
  try {
    originHost = normalizeHost(new URL(origin).host);
  } catch {
    return false;
  }
  return originHost !== null && originHost === hostFromHeaders((name) => request.headers.get(name));
}

/**
 * A GET that starts something (the data export) must come from our own pages: browsers say where a
 * request came from in Sec-Fetch-Site. "same-site" is refused too — other tenants are sibling
 * subdomains. Typed URLs and bookmarks ("none") and clients without the header pass; the session is
 * still required.
 */
export function isForeignNavigation(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}
