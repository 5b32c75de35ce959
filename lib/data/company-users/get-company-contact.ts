import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import { assignableWithin } from "../../validation/company-user";
import type { RequestContext } from "../context/types";
import { AccessDeniedError } from "../context/access-error";
import { companyContactsAccess } from "./company-contact-reader";
import { disabledByUserManager } from "./user-manager-company";
import { companyContactSelect, toCompanyContactItem, type CompanyContactItem } from "./company-contact-item";

export type CompanyContactDetail = {
  contact: CompanyContactItem;
  assignableRoles: CompanyRole[];
  canManage: boolean;
  /** The open invitation of an INVITED account (null otherwise). */
  invitation: { sentAt: Date | null; expiresAt: Date } | null;
};

/**
 * One contact person of the viewer's own company for /portal/company/contacts/[id]; null when it does
 * not exist there (another company's contact looks the same as a missing one). Refused like the list.
 */
export async function getCompanyContact(ctx: RequestContext | null, contactId: string): Promise<CompanyContactDetail | null> {
  const access = companyContactsAccess(ctx);
  if (!ctx || !access) throw new AccessDeniedError("company contacts");
  if (!z.uuid().safeParse(contactId).success) return null;
  const [company, row] = await Promise.all([
    db.customer.findFirst({
      where: { id: access.companyId, tenantId: ctx.tenant.id, kind: "COMPANY" },
      select: { companyRolesAllowed: true },
    }),
    db.contactPerson.findFirst({
      where: { id: contactId, tenantId: ctx.tenant.id, customerId: access.companyId },
      select: companyContactSelect,
    }),
  ]);
  if (!company || !row) return null;
  const assignableRoles = access.canManage ? assignableWithin(company.companyRolesAllowed) : [];
  const reach = access.canManage
    ? {
        assignable: assignableRoles,
        disabledByUserManager:
          row.user?.status === "DISABLED" ? await disabledByUserManager(db, ctx.tenant.id, [row.user.id]) : new Set<string>(),
      }
    : null;
  const contact = toCompanyContactItem(row, reach, ctx.actor.id);
  const invitation =
    access.canManage && contact.account?.status === "INVITED"
      ? await db.invitation.findFirst({
          where: { tenantId: ctx.tenant.id, userId: contact.account.userId, acceptedAt: null, revokedAt: null },
          orderBy: { createdAt: "desc" },
          select: { sentAt: true, expiresAt: true },
        })
      : null;
  return {
    contact,
    assignableRoles,
    canManage: access.canManage,
    invitation,
  };
}
