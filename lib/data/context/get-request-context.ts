import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { readSessionClaims } from "../../auth/read-session-claims";
import { sessionCookieName } from "../../auth/session-cookie";
import { currentHost } from "../../tenant/current-tenant";
import { folderCookieName } from "./folder-cookie";
import { loadRequestContext } from "./load-request-context";
import type { RequestContext } from "./types";

/** The signed-in actor of this request on this tenant's host, or null. Memoised per request. */
export const getRequestContext = cache(async (): Promise<RequestContext | null> => {
  const resolution = await currentHost();
  if (resolution.kind !== "tenant") return null;
  const [cookieStore, h] = await Promise.all([cookies(), headers()]);
  const claims = await readSessionClaims(cookieStore.get(sessionCookieName())?.value);
  return loadRequestContext({
    tenant: resolution.tenant,
    claims,
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
    folderCustomerId: cookieStore.get(folderCookieName())?.value ?? null,
  });
});
