import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import { companyRolesInput } from "../../validation/company-admin";
import type { RequestContext } from "../context/types";
import { companyAccountFor, refuseWith, type CompanyAdminResult } from "./company-admin-access";

/**
 * The broker sets a company account's roles to exactly this set. Any role may be given, USER_MANAGER
 * included, whatever the company's ceiling (that limits only the user manager). New roles are recorded as
 * granted by the broker; roles the account keeps keep their grantor, so a later ceiling change still treats
 * the user manager's grants as theirs. The audit entry names the added and removed roles.
 */
export async function setCompanyUserRolesByBroker(
  ctx: RequestContext | null,
  userId: string,
  roles: readonly CompanyRole[],
): Promise<CompanyAdminResult<{ roles: CompanyRole[] }>> {
  const { ctx: staff, account } = await companyAccountFor(ctx, userId, "write");
  const parsed = companyRolesInput.safeParse(roles);
  if (!parsed.success) return refuseWith("companyAdmin.errors.invalidRoles");
  const wanted = parsed.data;
  const tenantId = staff.tenant.id;

  return db.$transaction(async (tx) => {
    const current = (await tx.companyUserRole.findMany({ where: { tenantId, userId: account.id }, select: { role: true } })).map(
      (r) => r.role,
    );
    const added = wanted.filter((r) => !current.includes(r));
    const removed = current.filter((r) => !wanted.includes(r));
    if (added.length === 0 && removed.length === 0) return { ok: true as const, data: { roles: wanted } };
    if (removed.length > 0) {
      await tx.companyUserRole.deleteMany({ where: { tenantId, userId: account.id, role: { in: removed } } });
    }
    if (added.length > 0) {
      await tx.companyUserRole.createMany({
        data: added.map((role) => ({
          tenantId,
          userId: account.id,
          role,
          grantedBy: "BROKER" as const,
          grantedById: staff.actor.id,
        })),
        // a concurrent grant of the same role by the user manager must not fail the broker's save
        skipDuplicates: true,
      });
    }
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "companyUser.rolesChanged",
        entityType: "User",
        entityId: account.id,
        customerId: account.customerId,
        data: { added, removed, grantedBy: "BROKER" },
      },
      tx,
    );
    return { ok: true as const, data: { roles: wanted } };
  });
}
