import { serverEnv } from "../../env";

const isHttps = () => serverEnv().PUBLIC_PROTOCOL === "https";

/**
 * The operator's session: its own cookie, never the tenants' next-auth cookie. `__Host-` on https
 * keeps it on the root domain only (no Domain attribute, Secure, path /), so no tenant subdomain
 * ever receives or overwrites it.
 */
export function platformSessionCookieName(): string {
  return isHttps() ? "__Host-mp_platform" : "mp_platform";
}

/** Between the password and the second factor: proves the password step for a few minutes. */
export function platformLoginCookieName(): string {
  return isHttps() ? "__Host-mp_platform_login" : "mp_platform_login";
}

/** SameSite=Strict: the operator area is never entered signed-in from a link on another site. */
export function platformCookieOptions() {
  return { httpOnly: true, sameSite: "strict" as const, path: "/", secure: isHttps() };
}
