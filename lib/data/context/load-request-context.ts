import { db } from "../../db/client";
import { actorFromAccount, customerAccountSelect } from "./customer-actor";
import { effectiveRights } from "../../auth/staff-rights";
import type { SessionClaims } from "../../auth/session-claims";
import { isSessionAlive } from "../../auth/session-lifetime";
import type { TenantBranding } from "../../tenant/tenant-branding";
import type { RequestContext } from "./types";

type Input = {
  tenant: TenantBranding;
  claims: SessionClaims | null;
  ip?: string | null;
  userAgent?: string | null;
  /** A household member's folder the customer chose (cookie); honoured only with a live consent. */
  folderCustomerId?: string | null;
};

/**
 * Turns verified session claims into a request context, or null. Refuses a session minted for another
 * tenant, an idle or too old session, a stale sessionVersion (password change, "log out everywhere") and non-active accounts.
 * Releases are read fresh on every request so a broker's change applies immediately.
 */
export async function loadRequestContext({
  tenant,
  claims,
  ip = null,
  userAgent = null,
  folderCustomerId = null,
}: Input): Promise<RequestContext | null> {
  if (!claims || claims.tenantId !== tenant.id) return null;
  if (!isSessionAlive(claims, tenant)) return null;
  const user = await db.user.findFirst({
    where: { id: claims.userId, tenantId: tenant.id, status: "ACTIVE", sessionVersion: claims.sessionVersion, kind: claims.kind },
    select: {
      id: true,
      email: true,
      kind: true,
      firstName: true,
      lastName: true,
      customerId: true,
      totpEnabledAt: true,
      staffRole: {
        select: { key: true, name: true, rights: true, onlyOwnCustomers: true, hideFinancials: true, hideExpiryDates: true },
      },
      customer: customerAccountSelect.customer,
    },
  });
  if (!user) return null;
  const displayName = [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;

  if (user.kind === "STAFF") {
    // Staff must have a second factor (security.md 12): until enrolment, no data at all
    // (the enrolment page works from lib/auth/pending-enrolment.ts instead).
    if (!user.staffRole || !user.totpEnabledAt) return null;
    const { rights, ...role } = user.staffRole;
    return {
      tenant,
      ip,
      userAgent,
      actor: {
        kind: "STAFF",
        id: user.id,
        email: user.email,
        displayName,
        role: { ...role, rights: effectiveRights(role.key, rights) },
      },
    };
  }

  // company accounts (a contact person's login) get their company access; they ignore the folder cookie
  const actor = await actorFromAccount(tenant, user, { folderCustomerId });
  return actor ? { tenant, ip, userAgent, actor } : null;
}
