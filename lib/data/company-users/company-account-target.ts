import "server-only";
import { z } from "zod";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError } from "../context/access-error";
import type { UserManagerContext } from "./require-user-manager";
import { withinReach, type UserManagerCompany } from "./user-manager-company";

/**
 * A portal account the user manager may act on: a contact person's login of their own company (same
 * tenant, not a subsidiary, not the company's own main login). Anything else is refused. Read inside the
 * write's transaction, after lockUserManagerCompany. `withinReach`: the account is no user manager and
 * holds only roles the user manager could have granted (see withinReach).
 */
export async function companyAccountTarget(
  tx: Prisma.TransactionClient,
  ctx: UserManagerContext,
  company: UserManagerCompany,
  userId: string,
) {
  if (!z.uuid().safeParse(userId).success) throw new AccessDeniedError("account not in own company");
  const user = await tx.user.findFirst({
    where: {
      id: userId,
      tenantId: ctx.tenant.id,
      kind: "CUSTOMER",
      customerId: company.id,
      contactPerson: { is: { customerId: company.id } },
    },
    select: {
      id: true,
      status: true,
      email: true,
      firstName: true,
      lastName: true,
      passwordHash: true,
      contactPersonId: true,
      companyRoles: { select: { role: true } },
    },
  });
  if (!user || !user.contactPersonId) throw new AccessDeniedError("account not in own company");
  const { companyRoles, passwordHash, ...rest } = user;
  const roles = companyRoles.map((r) => r.role);
  return {
    ...rest,
    contactPersonId: user.contactPersonId,
    roles,
    hasPassword: passwordHash !== null,
    isUserManager: roles.includes("USER_MANAGER"),
    isSelf: user.id === ctx.actor.id,
    withinReach: withinReach(roles, company.assignable),
  };
}

/**
 * The refusal for an account that is not within the user manager's reach (another user manager, or roles
 * only the broker can grant); null when it is. The own account is never within reach here.
 */
export function outOfReach(target: { isUserManager: boolean; withinReach: boolean }) {
  if (target.isUserManager) return { ok: false as const, error: "companyUsers.errors.otherUserManager" as const };
  if (!target.withinReach) return { ok: false as const, error: "companyUsers.errors.brokerRoles" as const };
  return null;
}
