import type { CompanyRole, LineGroup } from "../db/generated/enums";
import {
  DEFAULT_ROLE_COVERAGE,
  FULL_COVERAGE,
  isLineRole,
  type EffectiveCoverage,
  type LineRole,
  type RoleCoverage,
} from "./role-coverage-defaults";

export type CoverageOverrides = Partial<Record<LineRole, RoleCoverage>>;

export const NO_COVERAGE: EffectiveCoverage = {
  occupationalPension: false,
  lineGroups: [],
  lineCodes: [],
  unassignedLines: false,
  confidential: false,
};

/** The coverage of one line role: the tenant's override if there is one, else the code default. */
export function coverageOf(role: LineRole, overrides: CoverageOverrides = {}): RoleCoverage {
  return overrides[role] ?? DEFAULT_ROLE_COVERAGE[role];
}

/**
 * What a user with these roles sees: the field-wise OR of each line role's coverage. FULL_ACCESS covers every
 * line plus confidential items; USER_MANAGER and GROUP_MANAGER add no lines (the one manages accounts, the
 * other widens the scope to subsidiaries).
 */
export function unionCoverage(roles: readonly CompanyRole[], overrides: CoverageOverrides = {}): EffectiveCoverage {
  const groups = new Set<LineGroup>();
  const codes = new Set<string>();
  let occupationalPension = false;
  let unassignedLines = false;
  for (const role of roles) {
    const c = role === "FULL_ACCESS" ? FULL_COVERAGE : isLineRole(role) ? coverageOf(role, overrides) : null;
    if (!c) continue;
    c.lineGroups.forEach((g) => groups.add(g));
    c.lineCodes.forEach((code) => codes.add(code));
    occupationalPension ||= c.occupationalPension;
    unassignedLines ||= c.unassignedLines;
  }
  return {
    occupationalPension,
    lineGroups: [...groups].sort(),
    lineCodes: [...codes].sort(),
    unassignedLines,
    confidential: roles.includes("FULL_ACCESS"),
  };
}

export type ContractForCoverage = {
  isOccupationalPension: boolean;
  isConfidential: boolean;
  line: { code: string; group: LineGroup } | null;
};

/** The same rule as lib/data/company/company-contract-where.ts, for one loaded contract (tests, effective access). */
export function matchesCoverage(c: ContractForCoverage, v: EffectiveCoverage): boolean {
  if (c.isConfidential && !v.confidential) return false;
  if (c.isOccupationalPension) return v.occupationalPension;
  if (!c.line) return v.unassignedLines;
  return v.lineGroups.includes(c.line.group) || v.lineCodes.includes(c.line.code);
}

export function isEmptyCoverage(v: EffectiveCoverage): boolean {
  return !v.occupationalPension && v.lineGroups.length === 0 && v.lineCodes.length === 0 && !v.unassignedLines;
}
