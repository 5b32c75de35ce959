import "server-only";
import { cookies } from "next/headers";
import { db } from "../db/client";
import { currentHost } from "../tenant/current-tenant";
import type { TenantBranding } from "../tenant/tenant-branding";
import { readSessionClaims } from "./read-session-claims";
import { sessionCookieName } from "./session-cookie";
import { isSessionAlive } from "./session-lifetime";

export type PendingEnrolment = { tenant: TenantBranding; userId: string; email: string };

/**
 * A signed-in staff member who has not set up a second factor yet (forced enrolment at first login).
 * Such a session reaches nothing but the enrolment page: loadRequestContext returns null for it.
 */
export async function getPendingEnrolment(): Promise<PendingEnrolment | null> {
  const host = await currentHost();
  if (host.kind !== "tenant") return null;
  const claims = await readSessionClaims((await cookies()).get(sessionCookieName())?.value);
  if (!claims || claims.tenantId !== host.tenant.id || claims.kind !== "STAFF") return null;
  if (!isSessionAlive(claims, host.tenant)) return null;
  const user = await db.user.findFirst({
    where: {
      id: claims.userId,
      tenantId: host.tenant.id,
      kind: "STAFF",
      status: "ACTIVE",
      sessionVersion: claims.sessionVersion,
      totpEnabledAt: null,
    },
    select: { id: true, email: true },
  });
  return user ? { tenant: host.tenant, userId: user.id, email: user.email } : null;
}
