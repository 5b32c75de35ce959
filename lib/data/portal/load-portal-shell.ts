import "server-only";
import { db } from "../../db/client";
import type { CustomerActor, RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";

export type PortalShell = {
  unreadNotifications: number;
  /** Whose folder is shown when it is not the customer's own (household consent), else null. */
  foreignFolderName: string | null;
  /**
   * The signed-in customer (own record) belongs to a household: the "Haushalt" page is offered,
   * with or without consents (without, it explains how consent works).
   */
  inHousehold: boolean;
  /** Some household member allows the customer to see their folder (live consent, both still members). */
  hasHouseholdFolders: boolean;
};

/** What the portal frame (navigation, folder banner) needs on every page: a few indexed reads. */
export async function loadPortalShell(ctx: RequestContext & { actor: CustomerActor }): Promise<PortalShell> {
  const { actor, tenant } = ctx;
  const [unreadNotifications, folder, own] = await Promise.all([
    db.notification.count({ where: { tenantId: tenant.id, userId: actor.id, readAt: null } }),
    actor.folderReadOnly && actor.customerId !== actor.ownCustomerId
      ? db.customer.findFirst({
          where: { tenantId: tenant.id, id: actor.customerId },
          select: { kind: true, firstName: true, lastName: true, companyName: true },
        })
      : null,
    db.customer.findFirst({ where: { tenantId: tenant.id, id: actor.ownCustomerId }, select: { householdId: true } }),
  ]);
  const householdId = own?.householdId ?? null;
  // same rule as lib/data/households/consent-rule.ts: not revoked, both still in the consent's household
  const consents = householdId
    ? await db.householdConsent.count({
        where: {
          tenantId: tenant.id,
          householdId,
          granteeCustomerId: actor.ownCustomerId,
          revokedAt: null,
          grantor: { tenantId: tenant.id, householdId },
        },
      })
    : 0;
  return {
    unreadNotifications,
    foreignFolderName: folder ? customerDisplayName(folder) : null,
    inHousehold: householdId !== null,
    hasHouseholdFolders: consents > 0,
  };
}
