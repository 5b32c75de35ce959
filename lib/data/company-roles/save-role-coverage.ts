import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { isLineRole, type RoleCoverage } from "../../company/role-coverage-defaults";
import { db } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import { msg } from "../../i18n/message-key";
import { roleCoverageInput, type RoleCoverageInput } from "../../validation/company-admin";
import { fieldErrorsFrom } from "../../validation/field-errors";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import type { CompanyAdminResult } from "../company-admin/company-admin-access";

/**
 * Stores the tenant's mapping of one adjustable company role (owner/admin). Extra line codes must exist in
 * the line catalog (shared or the tenant's own). Takes effect with every company user's next request.
 * Audit: companyRoles.coverageChanged with the old and new mapping (no personal data).
 */
export async function saveRoleCoverage(
  ctx: RequestContext | null,
  role: CompanyRole,
  input: RoleCoverageInput,
): Promise<CompanyAdminResult<{ role: CompanyRole; coverage: RoleCoverage }>> {
  requireSettingsAdmin(ctx);
  if (!isLineRole(role)) return { ok: false, error: "companyAdmin.errors.notAdjustable" };
  const parsed = roleCoverageInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const coverage: RoleCoverage = parsed.data;
  const tenantId = ctx.tenant.id;
  if (coverage.lineCodes.length > 0) {
    const known = await db.lineOfBusiness.findMany({
      where: { code: { in: coverage.lineCodes }, OR: [{ tenantId: null }, { tenantId }] },
      select: { code: true },
    });
    const unknown = coverage.lineCodes.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length > 0) {
      const error = msg("companyAdmin.errors.unknownLineCode", { codes: unknown.join(", ") });
      return { ok: false, error, fieldErrors: { lineCodes: error } };
    }
  }

  return db.$transaction(async (tx) => {
    const before = await tx.companyRoleCoverage.findUnique({
      where: { tenantId_role: { tenantId, role } },
      select: { lineGroups: true, lineCodes: true, occupationalPension: true, unassignedLines: true },
    });
    await tx.companyRoleCoverage.upsert({
      where: { tenantId_role: { tenantId, role } },
      create: { tenantId, role, ...coverage, updatedById: ctx.actor.id },
      update: { ...coverage, updatedById: ctx.actor.id },
    });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "companyRoles.coverageChanged",
        entityType: "CompanyRoleCoverage",
        entityId: role,
        data: { role, before: before ?? "default", after: coverage },
      },
      tx,
    );
    return { ok: true as const, data: { role, coverage } };
  });
}
