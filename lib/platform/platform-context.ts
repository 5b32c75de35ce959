import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { AccessDeniedError } from "../data/context/access-error";
import { db } from "../db/client";
import { hostFromHeaders } from "../tenant/normalize-host";
import { resolveHost } from "../tenant/resolve-tenant";
import { platformSessionCookieName } from "./auth/platform-cookies";
import { isPlatformSessionAlive, readPlatformSession } from "./auth/platform-session";

/**
 * A signed-in platform operator on the platform host. It carries no tenant on purpose: nothing a
 * tenant's data functions need can be taken from it, and the platform data functions take only this.
 */
export type PlatformContext = Readonly<{
  operator: Readonly<{ id: string; email: string; name: string }>;
  ip: string | null;
  userAgent: string | null;
}>;

// Only contexts built below pass requirePlatform: a tenant's RequestContext (or any look-alike
// object) is refused even where the type system is bypassed. Kept on globalThis so a second copy
// of this module in another server bundle still recognises the contexts (like lib/db/client).
const globalForPlatform = globalThis as unknown as { __platformContexts?: WeakSet<object> };
const issued = (globalForPlatform.__platformContexts ??= new WeakSet<object>());

/**
 * The operator context for a request, or null: the host must be the platform host (never a tenant's
 * or a suspended one), and the session cookie must be alive and match an enabled operator with TOTP
 * and the current sessionVersion ("Abmelden" and disabling end every session at once).
 */
export async function loadPlatformContext(input: {
  host: string | null;
  sessionCookie: string | undefined;
  ip?: string | null;
  userAgent?: string | null;
}): Promise<PlatformContext | null> {
  if (!input.host || (await resolveHost(input.host)).kind !== "platform") return null;
  const claims = await readPlatformSession(input.sessionCookie);
  if (!claims || !isPlatformSessionAlive(claims)) return null;
  const operator = await db.platformOperator.findFirst({
    where: { id: claims.operatorId, sessionVersion: claims.sessionVersion, disabledAt: null, totpEnabledAt: { not: null } },
    select: { id: true, email: true, name: true },
  });
  if (!operator) return null;
  const ctx: PlatformContext = Object.freeze({
    operator: Object.freeze(operator),
    ip: input.ip ?? null,
    userAgent: input.userAgent ?? null,
  });
  issued.add(ctx);
  return ctx;
}

/** The signed-in operator of this request, or null. Memoised per request. */
export const getPlatformContext = cache(async (): Promise<PlatformContext | null> => {
  const [h, cookieStore] = await Promise.all([headers(), cookies()]);
  return loadPlatformContext({
    host: hostFromHeaders((name) => h.get(name)),
    sessionCookie: cookieStore.get(platformSessionCookieName())?.value,
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  });
});

/** First line of every platform data function. */
export function requirePlatform(ctx: PlatformContext | null): asserts ctx is PlatformContext {
  if (!ctx || !issued.has(ctx)) throw new AccessDeniedError("platform operators only");
}
