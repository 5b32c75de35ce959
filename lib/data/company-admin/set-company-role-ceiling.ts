import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import { companyRoleCeilingInput } from "../../validation/company-admin";
import type { RequestContext } from "../context/types";
import { companyForAdmin, refuseWith, type CompanyAdminResult } from "./company-admin-access";

/**
 * Sets which roles the company's user manager may hand out (never USER_MANAGER). Narrowing revokes, in the
 * same transaction, every role outside the new ceiling that the user manager granted to the company's
 * accounts; roles the broker granted stay. Audit: added/removed ceiling roles and the revoked grants.
 */
export async function setCompanyRoleCeiling(
  ctx: RequestContext | null,
  companyId: string,
  roles: readonly CompanyRole[],
): Promise<CompanyAdminResult<{ roles: CompanyRole[]; revoked: number }>> {
  const { ctx: staff, company } = await companyForAdmin(ctx, companyId);
  if (company.kind !== "COMPANY") return refuseWith("companyAdmin.errors.notACompany");
  const parsed = companyRoleCeilingInput.safeParse(roles);
  if (!parsed.success)
    return refuseWith(
      parsed.error.issues[0]?.message === "companyAdmin.errors.ceilingUserManager"
        ? "companyAdmin.errors.ceilingUserManager"
        : "companyAdmin.errors.invalidRoles",
    );
  const wanted = parsed.data;
  const tenantId = staff.tenant.id;

  return db.$transaction(async (tx) => {
    // re-read inside the transaction, locking the company row against a concurrent ceiling change
    await tx.$queryRaw`SELECT id FROM "Customer" WHERE id = ${company.id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    const { companyRolesAllowed: before } = await tx.customer.findUniqueOrThrow({
      where: { id: company.id },
      select: { companyRolesAllowed: true },
    });
    const added = wanted.filter((r) => !before.includes(r));
    const removed = before.filter((r) => !wanted.includes(r));
    const outside = (await tx.companyUserRole.findMany({
      where: {
        tenantId,
        grantedBy: "USER_MANAGER",
        role: { notIn: wanted },
        user: { tenantId, customerId: company.id, kind: "CUSTOMER" },
      },
      select: { userId: true, role: true },
    })) satisfies { userId: string; role: CompanyRole }[];
    if (added.length === 0 && removed.length === 0 && outside.length === 0) {
      return { ok: true as const, data: { roles: wanted, revoked: 0 } };
    }
    await tx.customer.update({ where: { id: company.id, tenantId }, data: { companyRolesAllowed: wanted } });
    for (const grant of outside) {
      await tx.companyUserRole.delete({ where: { userId_role: { userId: grant.userId, role: grant.role } } });
    }
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "company.ceilingChanged",
        entityType: "Customer",
        entityId: company.id,
        customerId: company.id,
        data: { added, removed, revoked: outside },
      },
      tx,
    );
    return { ok: true as const, data: { roles: wanted, revoked: outside.length } };
  });
}
