import type { CompanyRole, Prisma, UserStatus } from "../../db/generated/client";
import { withinReach } from "./user-manager-company";

export type CompanyContactItem = {
  id: string;
  firstName: string;
  lastName: string;
  position: string | null;
  email: string | null;
  businessPhone: string | null;
  mobile: string | null;
  /** The contact's portal account, if any (roles and the flags below only for a user manager). */
  account: {
    userId: string;
    status: UserStatus;
    roles: CompanyRole[];
    isUserManager: boolean;
    isSelf: boolean;
    /**
     * Another account the user manager may resend, deactivate and give roles to: no user manager, only roles
     * within the ceiling. False for the own account (its roles within the ceiling stay changeable).
     */
    withinReach: boolean;
    /** A deactivated account within reach that a user manager (not the broker) deactivated: "Konto aktivieren". */
    canEnable: boolean;
  } | null;
};

/** What decides the account flags of a user manager's contact rows (see toCompanyContactItem). */
export type AccountReach = { assignable: readonly string[]; disabledByUserManager: ReadonlySet<string> };

export const companyContactSelect = {
  id: true,
  firstName: true,
  lastName: true,
  position: true,
  email: true,
  businessPhone: true,
  mobile: true,
  user: { select: { id: true, status: true, companyRoles: { select: { role: true } } } },
} satisfies Prisma.ContactPersonSelect;

type ContactRow = Prisma.ContactPersonGetPayload<{ select: typeof companyContactSelect }>;

/** One contact row as the portal shows it; account roles and controls only for a user manager (reach given). */
export function toCompanyContactItem(row: ContactRow, reach: AccountReach | null, actorId: string): CompanyContactItem {
  const { user, ...contact } = row;
  if (!user) return { ...contact, account: null };
  const roles = user.companyRoles.map((r) => r.role);
  const canManage = reach !== null;
  const isSelf = user.id === actorId;
  const reachable = canManage && !isSelf && withinReach(roles, reach.assignable);
  return {
    ...contact,
    account: {
      userId: user.id,
      status: user.status,
      roles: canManage ? roles : [],
      isUserManager: roles.includes("USER_MANAGER"),
      isSelf,
      withinReach: reachable,
      canEnable: reachable && user.status === "DISABLED" && reach.disabledByUserManager.has(user.id),
    },
  };
}
