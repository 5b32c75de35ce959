import "server-only";
import { db } from "../../../db/client";
import { effectiveRights, type StaffRights } from "../../../auth/staff-rights";
import { isCustomRole, isFixedRole } from "../../../validation/staff-roles";
import type { RequestContext } from "../../context/types";
import { requireRoleManager } from "./role-access";

export type StaffRoleRow = {
  id: string;
  key: string;
  name: string;
  /** owner/admin: every right, nothing to edit */
  fixed: boolean;
  /** created by the office: may be renamed and, while nobody has it, deleted */
  custom: boolean;
  rights: StaffRights;
  onlyOwnCustomers: boolean;
  hideFinancials: boolean;
  hideExpiryDates: boolean;
  /** staff accounts with this role, invited and disabled ones included */
  memberCount: number;
};

// The default roles first, from most to least access; the office's own roles after them, oldest first.
const DEFAULT_ORDER = ["owner", "admin", "advisor", "backoffice", "partner"];
const rank = (key: string) => (DEFAULT_ORDER.includes(key) ? DEFAULT_ORDER.indexOf(key) : DEFAULT_ORDER.length);

/** The office's roles with their rights for the role editor (owners and admins only). */
export async function listStaffRoles(ctx: RequestContext | null): Promise<StaffRoleRow[]> {
  requireRoleManager(ctx);
  const roles = await db.staffRole.findMany({
    where: { tenantId: ctx.tenant.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      rights: true,
      onlyOwnCustomers: true,
      hideFinancials: true,
      hideExpiryDates: true,
      _count: { select: { users: { where: { tenantId: ctx.tenant.id } } } },
    },
  });
  return roles
    .map(({ rights, _count, ...role }) => ({
      ...role,
      fixed: isFixedRole(role.key),
      custom: isCustomRole(role.key),
      rights: effectiveRights(role.key, rights),
      memberCount: _count.users,
    }))
    .sort((a, b) => rank(a.key) - rank(b.key));
}
