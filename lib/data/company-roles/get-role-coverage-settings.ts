import "server-only";
import { DEFAULT_ROLE_COVERAGE, LINE_ROLES, type LineRole, type RoleCoverage } from "../../company/role-coverage-defaults";
import { db } from "../../db/client";
import type { LineGroup } from "../../db/generated/client";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";

export type RoleCoverageSetting = {
  role: LineRole;
  /** the tenant's mapping, or the default when not customised */
  coverage: RoleCoverage;
  defaults: RoleCoverage;
  customized: boolean;
};

export type RoleCoverageSettings = {
  roles: RoleCoverageSetting[];
  /** the line catalog (shared plus the tenant's own) for the extra line codes */
  lines: { code: string; name: string; nameEn: string | null; group: LineGroup }[];
};

/** The company-role mapping of /broker/settings/company-roles (owner/admin): one entry per adjustable role. */
export async function getRoleCoverageSettings(ctx: RequestContext | null): Promise<RoleCoverageSettings> {
  requireSettingsAdmin(ctx);
  const [rows, lines] = await Promise.all([
    db.companyRoleCoverage.findMany({
      where: { tenantId: ctx.tenant.id, role: { in: [...LINE_ROLES] } },
      select: { role: true, lineGroups: true, lineCodes: true, occupationalPension: true, unassignedLines: true },
    }),
    db.lineOfBusiness.findMany({
      where: { OR: [{ tenantId: null }, { tenantId: ctx.tenant.id }] },
      orderBy: { code: "asc" },
      select: { code: true, name: true, nameEn: true, group: true, tenantId: true },
    }),
  ]);
  // a tenant's own entry wins over the shared one with the same code
  const byCode = new Map<string, (typeof lines)[number]>();
  for (const line of lines) if (!byCode.has(line.code) || line.tenantId) byCode.set(line.code, line);
  return {
    roles: LINE_ROLES.map((role) => {
      const row = rows.find((r) => r.role === role);
      const defaults = DEFAULT_ROLE_COVERAGE[role];
      return {
        role,
        coverage: row
          ? {
              lineGroups: row.lineGroups,
              lineCodes: row.lineCodes,
              occupationalPension: row.occupationalPension,
              unassignedLines: row.unassignedLines,
            }
          : defaults,
        defaults,
        customized: Boolean(row),
      };
    }),
    lines: [...byCode.values()].map(({ code, name, nameEn, group }) => ({ code, name, nameEn, group })),
  };
}
