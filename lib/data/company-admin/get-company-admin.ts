import "server-only";
import { now } from "../../clock";
import { db } from "../../db/client";
import type { CompanyRole, RoleGrantor, UserStatus } from "../../db/generated/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";

export type CompanyAccountState = UserStatus | "EXPIRED";

export type CompanyAdminContact = {
  id: string;
  firstName: string;
  lastName: string;
  position: string | null;
  email: string | null;
  mobile: string | null;
  /** E-mail and mobile present: an account can be created (format checks happen on invite). */
  canHaveAccount: boolean;
  account: {
    id: string;
    email: string;
    /** INVITED with the latest invitation past its expiry shows as EXPIRED */
    state: CompanyAccountState;
    roles: { role: CompanyRole; grantedBy: RoleGrantor }[];
  } | null;
};

export type CompanyAdminView = {
  company: { id: string; name: string; customerNumber: string; restricted: boolean };
  /** Roles the company's user manager may hand out (the broker's ceiling). */
  ceiling: CompanyRole[];
  contacts: CompanyAdminContact[];
  /** editCustomers and not restricted: accounts, roles and the ceiling may be changed. */
  canEdit: boolean;
  canManageContacts: boolean;
};

const ROLE_ORDER: CompanyRole[] = [
  "USER_MANAGER",
  "OCCUPATIONAL_PENSION",
  "PERSONAL_LINES",
  "FLEET_MANAGER",
  "OTHER_LINES",
  "FULL_ACCESS",
  "GROUP_MANAGER",
];

/** The broker's company page: contacts with their portal accounts and roles, and the role ceiling. Null when not visible. */
export async function getCompanyAdmin(ctx: RequestContext | null, companyId: string): Promise<CompanyAdminView | null> {
  requireStaff(ctx);
  const company = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: companyId, kind: "COMPANY" }] },
    select: {
      id: true,
      companyName: true,
      customerNumber: true,
      restrictedAt: true,
      companyRolesAllowed: true,
      contactPersons: {
        where: { tenantId: ctx.tenant.id },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        select: {
          id: true,
          firstName: true,
          lastName: true,
          position: true,
          email: true,
          mobile: true,
          user: {
            select: {
              id: true,
              email: true,
              status: true,
              tenantId: true,
              companyRoles: { select: { role: true, grantedBy: true } },
              invitations: { orderBy: { createdAt: "desc" }, take: 1, select: { expiresAt: true, revokedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!company) return null;
  const at = now();
  const { rights } = ctx.actor.role;
  return {
    company: {
      id: company.id,
      name: company.companyName ?? company.customerNumber,
      customerNumber: company.customerNumber,
      restricted: company.restrictedAt !== null,
    },
    ceiling: ROLE_ORDER.filter((r) => company.companyRolesAllowed.includes(r)),
    contacts: company.contactPersons.map(({ user, ...c }) => {
      const account = user && user.tenantId === ctx.tenant.id ? user : null;
      const latest = account?.invitations[0];
      const expired = account?.status === "INVITED" && (!latest || latest.revokedAt !== null || latest.expiresAt <= at);
      return {
        ...c,
        canHaveAccount: Boolean(c.email && c.mobile),
        account: account && {
          id: account.id,
          email: account.email,
          state: expired ? "EXPIRED" : account.status,
          roles: ROLE_ORDER.flatMap((r) => account.companyRoles.filter((x) => x.role === r)),
        },
      };
    }),
    canEdit: rights.editCustomers && company.restrictedAt === null,
    canManageContacts: rights.manageContactPersons,
  };
}
