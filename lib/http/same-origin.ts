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
