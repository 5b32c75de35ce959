import { decode, encode } from "next-auth/jwt";
import { serverEnv } from "../env";
import { LAST_SEEN_REFRESH_SECONDS, nowSeconds, REMEMBERED_LIFETIME_SECONDS } from "./session-lifetime";
import type { SessionClaims } from "./session-claims";

/**
 * Sliding idle timeout: re-issues the session token with a new lastSeen (at most once a minute).
 * Returns null when nothing needs to change. Sessions without "stay signed in" become browser-session
 * cookies, so closing the browser ends them too.
 */
export async function refreshSessionToken(
  raw: string,
  claims: SessionClaims,
): Promise<{ value: string; maxAge: number | undefined } | null> {
  const at = nowSeconds();
  if (at - claims.lastSeen < LAST_SEEN_REFRESH_SECONDS) return null;
  const secret = serverEnv().NEXTAUTH_SECRET;
  const token = await decode({ token: raw, secret });
  if (!token) return null;
  const value = await encode({ token: { ...token, lastSeen: at }, secret, maxAge: REMEMBERED_LIFETIME_SECONDS });
  return { value, maxAge: claims.remember && claims.kind === "CUSTOMER" ? REMEMBERED_LIFETIME_SECONDS : undefined };
}
