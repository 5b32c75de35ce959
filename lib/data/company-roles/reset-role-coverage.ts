import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { isLineRole } from "../../company/role-coverage-defaults";
import { db } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import type { CompanyAdminResult } from "../company-admin/company-admin-access";

/** Back to the code default for one adjustable role (owner/admin): the tenant's row is deleted. Audited if there was one. */
export async function resetRoleCoverage(
  ctx: RequestContext | null,
  role: CompanyRole,
): Promise<CompanyAdminResult<{ role: CompanyRole }>> {
  requireSettingsAdmin(ctx);
  if (!isLineRole(role)) return { ok: false, error: "companyAdmin.errors.notAdjustable" };
  const tenantId = ctx.tenant.id;
  return db.$transaction(async (tx) => {
    const before = await tx.companyRoleCoverage.findUnique({
      where: { tenantId_role: { tenantId, role } },
      select: { id: true, lineGroups: true, lineCodes: true, occupationalPension: true, unassignedLines: true },
    });
    if (!before) return { ok: true as const, data: { role } };
    await tx.companyRoleCoverage.delete({ where: { id: before.id } });
    const { id: _id, ...old } = before;
    void _id;
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyRoles.coverageChanged",
        entityType: "CompanyRoleCoverage",
        entityId: role,
        data: { role, before: old, after: "default" },
      },
      tx,
    );
    return { ok: true as const, data: { role } };
  });
}
