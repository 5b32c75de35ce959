import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import { companyUserRolesInput, type CompanyUserRolesInput } from "../../validation/company-user";
import type { RequestContext } from "../context/types";
import { companyAccountTarget, outOfReach } from "./company-account-target";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

/**
 * "Rollen speichern": the user manager sets which role sets an account of their own company holds.
 * Only roles in the broker's ceiling can be added or removed (never USER_MANAGER), and only on an account
 * within the user manager's reach (no user manager, no roles only the broker can grant). The user manager
 * may change their own roles within the ceiling (so never elevate themself beyond it); roles the broker
 * granted them outside it stay. The ceiling is read under the company row's lock, so a concurrent change
 * by the broker cannot let a role through. Roles are read on every request: the change applies to the
 * account's next page view.
 */
export async function setCompanyUserRoles(
  ctx: RequestContext | null,
  userId: string,
  input: CompanyUserRolesInput,
): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  const parsed = companyUserRolesInput.safeParse(input);
  if (!parsed.success) return { ok: false, field: "roles", error: "companyUsers.errors.roleNotAllowed" };

  return db.$transaction(async (tx): Promise<CompanyUserResult> => {
    const company = await lockUserManagerCompany(tx, ctx);
    if (company.restricted) return RESTRICTED;
    const user = await companyAccountTarget(tx, ctx, company, userId);
    if (!user.isSelf) {
      const refusal = outOfReach(user);
      if (refusal) return refusal;
    }
    const managed = new Set<CompanyRole>(company.assignable);
    const wanted = new Set<CompanyRole>(parsed.data.roles);
    const held = new Set<CompanyRole>(user.roles);
    const added = [...wanted].filter((role) => !held.has(role));
    // Roles outside the ceiling (only the own account can hold any here) are neither added nor removed.
    const removed = [...held].filter((role) => managed.has(role) && !wanted.has(role));
    if (added.some((role) => !managed.has(role)))
      return { ok: false, field: "roles", error: "companyUsers.errors.roleNotAllowed" };
    if (added.length === 0 && removed.length === 0) return { ok: true, id: user.id };

    if (removed.length > 0) {
      await tx.companyUserRole.deleteMany({ where: { tenantId: ctx.tenant.id, userId: user.id, role: { in: removed } } });
    }
    if (added.length > 0) {
      await tx.companyUserRole.createMany({
        data: added.map((role) => ({
          tenantId: ctx.tenant.id,
          userId: user.id,
          role,
          grantedBy: "USER_MANAGER" as const,
          grantedById: ctx.actor.id,
        })),
        skipDuplicates: true,
      });
    }
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyUser.rolesChanged",
        entityType: "User",
        entityId: user.id,
        customerId: company.id,
        data: { added, removed },
      },
      tx,
    );
    return { ok: true, id: user.id };
  });
}
