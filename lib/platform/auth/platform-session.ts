import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { nowSeconds } from "../../auth/session-lifetime";
import { serverEnv } from "../../env";

const PLATFORM_IDLE_SECONDS = 30 * 60;
const PLATFORM_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** Like the tenants' sessions: lastSeen is rewritten at most once a minute. */
const REFRESH_AFTER_SECONDS = 60;
// A distinct salt derives a distinct key: a tenant's session token never decodes as an operator's.
const SALT = "maklerportal/platform-session/v1";

const platformSessionClaims = z.object({
  operatorId: z.uuid(),
  sessionVersion: z.number().int(),
  /** epoch seconds of the completed sign-in (absolute lifetime) */
  authTime: z.number().int(),
  /** epoch seconds of the last request (idle timeout) */
  lastSeen: z.number().int(),
});
export type PlatformSessionClaims = z.infer<typeof platformSessionClaims>;

function encodePlatformSession(claims: PlatformSessionClaims): Promise<string> {
  const remaining = claims.authTime + PLATFORM_ABSOLUTE_SECONDS - nowSeconds();
  return encode({ token: claims, secret: serverEnv().NEXTAUTH_SECRET, salt: SALT, maxAge: Math.max(1, remaining) });
}

/** The session cookie value right after a completed sign-in (password and second factor). */
export function newPlatformSession(operator: { id: string; sessionVersion: number }): Promise<string> {
  const at = nowSeconds();
  return encodePlatformSession({ operatorId: operator.id, sessionVersion: operator.sessionVersion, authTime: at, lastSeen: at });
}

/** The claims of an operator session cookie; null for a missing, tampered, expired or foreign value. */
export async function readPlatformSession(raw: string | undefined): Promise<PlatformSessionClaims | null> {
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: serverEnv().NEXTAUTH_SECRET, salt: SALT });
    const parsed = platformSessionClaims.safeParse(token);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** 30 minutes without a request or 12 hours after sign-in end the session. */
export function isPlatformSessionAlive(claims: PlatformSessionClaims, at = nowSeconds()): boolean {
  if (claims.authTime > at + 60 || at - claims.authTime > PLATFORM_ABSOLUTE_SECONDS) return false;
  return at - claims.lastSeen <= PLATFORM_IDLE_SECONDS;
}

/**
 * Sliding idle timeout for the middleware: a new cookie value with lastSeen = now, or null when the
 * cookie is not a live session or was refreshed less than a minute ago. The database checks stay
 * with getPlatformContext.
 */
export async function refreshPlatformSession(raw: string | undefined): Promise<string | null> {
  const claims = await readPlatformSession(raw);
  const at = nowSeconds();
  if (!claims || !isPlatformSessionAlive(claims, at) || at - claims.lastSeen < REFRESH_AFTER_SECONDS) return null;
  return encodePlatformSession({ ...claims, lastSeen: at });
}
