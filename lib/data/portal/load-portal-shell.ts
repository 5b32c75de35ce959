import "server-only";
import { db } from "../../db/client";
import type { CustomerActor, RequestContext } from "../context/types";
import { customerDisplayName } from "../customers/customer-display-name";
import { insuredObjectAccessWhere } from "../insured-objects/insured-object-access";
import { moduleVisibility } from "./module-visibility";

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
  /** The account belongs to a company customer (a contact person's login). */
  isCompany: boolean;
  /** The company account holds the user manager role (manages the company's contacts and accounts). */
  isUserManager: boolean;
  /** The own company's name for company accounts, else null. */
  companyName: string | null;
  /**
   * "Versicherte Objekte" is offered: company accounts whenever a company of their scope releases INSURANCE and
   * their roles cover some line (fleets, buildings and machines are what company lines insure); private
   * customers only when they have a visible object.
   */
  showInsuredObjects: boolean;
};

/** What the portal frame (navigation, folder banner) needs on every page: a few indexed reads. */
export async function loadPortalShell(ctx: RequestContext & { actor: CustomerActor }): Promise<PortalShell> {
  const { actor, tenant } = ctx;
  const company = actor.company;
  const [unreadNotifications, folder, own, anyObject] = await Promise.all([
    db.notification.count({ where: { tenantId: tenant.id, userId: actor.id, readAt: null } }),
    actor.folderReadOnly && actor.customerId !== actor.ownCustomerId
      ? db.customer.findFirst({
          where: { tenantId: tenant.id, id: actor.customerId },
          select: { kind: true, firstName: true, lastName: true, companyName: true },
        })
      : null,
    db.customer.findFirst({
      where: { tenantId: tenant.id, id: actor.ownCustomerId },
      select: { householdId: true, companyName: true },
    }),
    company ? null : db.insuredObject.findFirst({ where: insuredObjectAccessWhere(ctx), select: { id: true } }),
  ]);
  // company accounts never see household folders (customer-actor.ts ignores the folder cookie for them)
  const householdId = company ? null : (own?.householdId ?? null);
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
    isCompany: company !== null,
    isUserManager: company?.isUserManager ?? false,
    companyName: company ? (own?.companyName ?? null) : null,
    showInsuredObjects: company ? moduleVisibility(actor, "INSURANCE") === "visible" : anyObject !== null,
  };
}
