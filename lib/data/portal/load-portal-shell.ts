import "server-only";
import { db } from "../../db/client";
import type { CustomerActor, RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";

export type PortalShell = {
  unreadNotifications: number;
  /** Whose folder is shown when it is not the customer's own (household consent), else null. */
  foreignFolderName: string | null;
  /** Folders of household members who consented: the household switcher is offered only then. */
  hasHouseholdFolders: boolean;
};

/** What the portal frame (navigation, folder banner) needs on every page: three indexed reads. */
export async function loadPortalShell(ctx: RequestContext & { actor: CustomerActor }): Promise<PortalShell> {
  const { actor, tenant } = ctx;
  const [unreadNotifications, folder, consents] = await Promise.all([
    db.notification.count({ where: { tenantId: tenant.id, userId: actor.id, readAt: null } }),
    actor.folderReadOnly
      ? db.customer.findFirst({
          where: { tenantId: tenant.id, id: actor.customerId },
          select: { kind: true, firstName: true, lastName: true, companyName: true },
        })
      : null,
    db.householdConsent.count({ where: { tenantId: tenant.id, granteeCustomerId: actor.ownCustomerId, revokedAt: null } }),
  ]);
  return {
    unreadNotifications,
    foreignFolderName: folder ? customerDisplayName(folder) : null,
    hasHouseholdFolders: consents > 0,
  };
}
