import { now } from "../clock";
import type { SessionClaims } from "./session-claims";

const HOUR = 60 * 60;
export const ABSOLUTE_LIFETIME_SECONDS = 24 * HOUR;
export const REMEMBERED_LIFETIME_SECONDS = 30 * 24 * HOUR;
/** The middleware rewrites lastSeen at most this often, to keep cookies stable between clicks. */
export const LAST_SEEN_REFRESH_SECONDS = 60;

export const nowSeconds = () => Math.floor(now().getTime() / 1000);

/** The tenant's session settings (Einstellungen → Allgemein). */
export type SessionLimits = { sessionIdleMinutes: number; sessionAbsoluteHours: number };

/**
 * security.md 11: idle timeout (tenant setting, default 60 min) and absolute lifetime (tenant setting,
 * default and at most 24 h), or 30 days without idle timeout when a customer chose "stay signed in".
 * Staff never get the long form.
 */
export function isSessionAlive(claims: SessionClaims, limits: SessionLimits, at = nowSeconds()): boolean {
  const remembered = claims.remember && claims.kind === "CUSTOMER";
  const absolute = remembered
    ? REMEMBERED_LIFETIME_SECONDS
    : Math.min(ABSOLUTE_LIFETIME_SECONDS, Math.max(1, limits.sessionAbsoluteHours) * HOUR);
  const idleMinutes = limits.sessionIdleMinutes;
  if (at - claims.authTime > absolute || claims.authTime > at + 60) return false;
  if (!remembered && at - claims.lastSeen > idleMinutes * 60) return false;
  return true;
}
