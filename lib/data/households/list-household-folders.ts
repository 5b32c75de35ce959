import "server-only";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { liveConsents } from "./consent-rule";

export type HouseholdFolder = {
  customerId: string;
  name: string;
  /** the signed-in customer's own folder */
  isOwn: boolean;
  /** the folder shown right now */
  isCurrent: boolean;
};

export type FolderViewer = { customerId: string; name: string; grantedAt: Date };

export type HouseholdFoldersData =
  | { inHousehold: false }
  | {
      inHousehold: true;
      householdName: string;
      /** own folder first, then members who allow the customer to see theirs */
      folders: HouseholdFolder[];
      /** members the customer allows to see the own folder (read-only here; revoking goes via the broker) */
      viewers: FolderViewer[];
    };

/**
 * The portal's "Haushalt" page: which folders the signed-in customer may open and who may open theirs.
 * Always about the person signed in (ownCustomerId), also while they are looking at a member's folder.
 */
export async function listHouseholdFolders(ctx: RequestContext | null): Promise<HouseholdFoldersData> {
  requireCustomer(ctx);
  const tenantId = ctx.tenant.id;
  const { ownCustomerId, customerId: currentId } = ctx.actor;
  const own = await db.customer.findFirst({
    where: { tenantId, id: ownCustomerId },
    select: {
      id: true,
      kind: true,
      firstName: true,
      lastName: true,
      companyName: true,
      householdId: true,
      household: { select: { name: true } },
    },
  });
  if (!own?.householdId || !own.household) return { inHousehold: false };

  const [granted, given] = await Promise.all([
    liveConsents(tenantId, { granteeCustomerId: own.id }),
    liveConsents(tenantId, { grantorCustomerId: own.id }),
  ]);
  const seen = new Set<string>([own.id]);
  const folders: HouseholdFolder[] = [
    { customerId: own.id, name: customerDisplayName(own), isOwn: true, isCurrent: currentId === own.id },
  ];
  for (const c of granted) {
    if (seen.has(c.grantor.id)) continue;
    seen.add(c.grantor.id);
    folders.push({
      customerId: c.grantor.id,
      name: customerDisplayName(c.grantor),
      isOwn: false,
      isCurrent: currentId === c.grantor.id,
    });
  }
  const viewerIds = new Set<string>();
  const viewers: FolderViewer[] = [];
  for (const c of given) {
    if (viewerIds.has(c.grantee.id)) continue;
    viewerIds.add(c.grantee.id);
    viewers.push({ customerId: c.grantee.id, name: customerDisplayName(c.grantee), grantedAt: c.grantedAt });
  }
  return { inHousehold: true, householdName: own.household.name, folders, viewers };
}
