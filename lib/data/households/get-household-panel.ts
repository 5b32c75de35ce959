import "server-only";
import { db } from "../../db/client";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { customerDisplayName } from "../customers/customer-display-name";
import { documentAccessWhere } from "../documents/document-access";

export type HouseholdMember = { id: string; customerNumber: string; name: string; isCurrent: boolean };

export type HouseholdConsentRow = {
  id: string;
  grantorId: string;
  grantorName: string;
  granteeId: string;
  granteeName: string;
  grantedAt: Date;
  revokedAt: Date | null;
  hasForm: boolean;
  /** null when the actor may not list documents (the form exists but its title stays hidden) */
  formTitle: string | null;
};

export type ConsentForm = { id: string; customerId: string; title: string; documentDate: Date | null };

export type HouseholdPanelData = {
  canManage: boolean;
  household: {
    name: string;
    members: HouseholdMember[];
    /** members another advisor looks after; an advisor limited to own customers sees only how many */
    hiddenMemberCount: number;
    consents: HouseholdConsentRow[];
    /** signed forms (category CONSENT) per member, for the "record consent" form */
    consentForms: ConsentForm[];
  } | null;
};

const nameSelect = { id: true, kind: true, firstName: true, lastName: true, companyName: true } as const;

/** The customer page's "Haushalt" section: members, consents (active and revoked) and their signed forms. */
export async function getHouseholdPanel(ctx: RequestContext | null, customerId: string): Promise<HouseholdPanelData> {
  requireStaff(ctx);
  const canManage = ctx.actor.role.rights.manageFamily;
  const anchor = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: { id: true, householdId: true },
  });
  if (!anchor) throw new AccessDeniedError("customer not visible");
  if (!anchor.householdId) return { canManage, household: null };
  const householdId = anchor.householdId;
  const tenantId = ctx.tenant.id;

  const [household, members, memberCount, consents] = await Promise.all([
    db.household.findFirstOrThrow({ where: { id: householdId, tenantId }, select: { name: true } }),
    db.customer.findMany({
      where: { AND: [customerAccessWhere(ctx), { householdId }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { customerNumber: "asc" }],
      select: { ...nameSelect, customerNumber: true },
    }),
    db.customer.count({ where: { tenantId, householdId } }),
    db.householdConsent.findMany({
      where: { tenantId, householdId, grantor: customerAccessWhere(ctx), grantee: customerAccessWhere(ctx) },
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { grantedAt: "desc" }],
      select: {
        id: true,
        grantedAt: true,
        revokedAt: true,
        documentId: true,
        grantor: { select: nameSelect },
        grantee: { select: nameSelect },
      },
    }),
  ]);
  const memberIds = members.map((m) => m.id);
  const linkedIds = consents.flatMap((c) => (c.documentId ? [c.documentId] : []));
  const documents = await db.document.findMany({
    where: {
      AND: [
        documentAccessWhere(ctx),
        { OR: [{ id: { in: linkedIds } }, { customerId: { in: memberIds }, category: "CONSENT" }] },
      ],
    },
    orderBy: [{ documentDate: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true, customerId: true, title: true, documentDate: true, category: true },
  });
  const titles = new Map(documents.map((d) => [d.id, d.title]));

  return {
    canManage,
    household: {
      name: household.name,
      members: members.map((m) => ({
        id: m.id,
        customerNumber: m.customerNumber,
        name: customerDisplayName(m),
        isCurrent: m.id === anchor.id,
      })),
      hiddenMemberCount: memberCount - members.length,
      consents: consents.map((c) => ({
        id: c.id,
        grantorId: c.grantor.id,
        grantorName: customerDisplayName(c.grantor),
        granteeId: c.grantee.id,
        granteeName: customerDisplayName(c.grantee),
        grantedAt: c.grantedAt,
        revokedAt: c.revokedAt,
        hasForm: c.documentId !== null,
        formTitle: c.documentId ? (titles.get(c.documentId) ?? null) : null,
      })),
      consentForms: documents
        .filter((d) => d.category === "CONSENT" && memberIds.includes(d.customerId))
        .map(({ id, customerId, title, documentDate }) => ({ id, customerId, title, documentDate })),
    },
  };
}
