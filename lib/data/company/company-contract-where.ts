import type { Prisma } from "../../db/generated/client";
import type { EffectiveCoverage } from "../../company/role-coverage-defaults";
import { isEmptyCoverage } from "../../company/role-coverage";

/**
 * The contracts a company user's roles cover, as a Prisma filter (the same rule as matchesCoverage in
 * lib/company/role-coverage.ts): pension-flagged contracts with the pension coverage, other contracts by
 * line group, line code or "no line"; confidential contracts only with FULL_ACCESS. Empty coverage (user
 * manager, group manager or no role alone) matches nothing.
 */
export function companyContractWhere(coverage: EffectiveCoverage): Prisma.ContractWhereInput {
  if (isEmptyCoverage(coverage)) return { id: { in: [] } };
  const lines: Prisma.ContractWhereInput[] = [];
  if (coverage.lineGroups.length > 0) lines.push({ line: { is: { group: { in: coverage.lineGroups } } } });
  if (coverage.lineCodes.length > 0) lines.push({ line: { is: { code: { in: coverage.lineCodes } } } });
  if (coverage.unassignedLines) lines.push({ lineId: null });
  const branches: Prisma.ContractWhereInput[] = [];
  if (coverage.occupationalPension) branches.push({ isOccupationalPension: true });
  if (lines.length > 0) branches.push({ isOccupationalPension: false, OR: lines });
  const covered: Prisma.ContractWhereInput = branches.length > 0 ? { OR: branches } : { id: { in: [] } };
  return coverage.confidential ? covered : { AND: [covered, { isConfidential: false }] };
}
