import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";

export type ContactPersonItem = {
  id: string;
  firstName: string;
  lastName: string;
  position: string | null;
  email: string | null;
  businessPhone: string | null;
  mobile: string | null;
  /** Linked to an active or invited portal login: cannot be deleted until that account is deactivated. */
  hasPortalAccount: boolean;
};

export type CompanyContacts = { items: ContactPersonItem[]; canManage: boolean };

/** A company's contact persons for the broker's customer page; null when the company is not visible. */
export async function listContactPersons(ctx: RequestContext | null, companyId: string): Promise<CompanyContacts | null> {
  requireStaff(ctx);
  const company = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: companyId, kind: "COMPANY" }] },
    select: {
      contactPersons: {
        where: { tenantId: ctx.tenant.id },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        select: {
          id: true,
          firstName: true,
          lastName: true,
          position: true,
          email: true,
          businessPhone: true,
          mobile: true,
          user: { select: { status: true } },
        },
      },
    },
  });
  if (!company) return null;
  return {
    items: company.contactPersons.map(({ user, ...c }) => ({
      ...c,
      hasPortalAccount: user !== null && user.status !== "DISABLED",
    })),
    canManage: ctx.actor.role.rights.manageContactPersons,
  };
}
