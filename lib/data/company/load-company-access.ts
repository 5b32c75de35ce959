// No "server-only": load-request-context imports this and is also loaded by scripts outside Next.
import { Prisma, type CompanyRole, type PrismaClient } from "../../db/generated/client";
import { PortalModule, type ReleaseLevel } from "../../db/generated/enums";
import { isLineRole, type LineRole } from "../../company/role-coverage-defaults";
import { unionCoverage, type CoverageOverrides } from "../../company/role-coverage";
import type { CompanyAccess, CompanyScopeEntry } from "../context/types";

type Reader = Pick<
  PrismaClient | Prisma.TransactionClient,
  "companyUserRole" | "companyRoleCoverage" | "moduleRelease" | "$queryRaw"
>;

/** Subsidiaries below one company that a group manager's scope takes at most (nearest levels first). */
export const MAX_SUBSIDIARIES = 500;
/** How many holding levels below the own company count. */
export const MAX_COMPANY_DEPTH = 10;

type ReleaseRow = { module: PortalModule; level: ReleaseLevel };

type Input = {
  companyId: string;
  /** The account whose roles are read (fresh on every request); ignored when `roles` is given. */
  userId?: string;
  /** Roles already known (preview of a role set, tests); otherwise read for `userId`. */
  roles?: readonly CompanyRole[];
  /** The own company's releases when the caller already read them (load-request-context does). */
  ownReleases?: readonly ReleaseRow[];
};

export function releaseRecord(rows: readonly ReleaseRow[]) {
  const releases = Object.fromEntries(Object.values(PortalModule).map((m) => [m, "HIDDEN"])) as Record<
    PortalModule,
    ReleaseLevel
  >;
  for (const r of rows) releases[r.module] = r.level;
  return releases;
}

/**
 * What a company user may see, read fresh on every request, only for company accounts: the user's roles
 * and the tenant's coverage overrides (one round trip) → union coverage; scope[0] = the own company with its
 * releases; with GROUP_MANAGER every subsidiary below it (recursive, tenant-bound, companies only, downward via
 * parentCompanyId, at most MAX_COMPANY_DEPTH levels, loop-safe, at most MAX_SUBSIDIARIES) with its own
 * releases, in one more query. At most 3 queries when the own releases are passed in.
 */
export async function loadCompanyAccess(client: Reader, tenantId: string, input: Input): Promise<CompanyAccess> {
  const [roleList, overrideRows, ownRows] = await Promise.all([
    input.roles
      ? Promise.resolve(input.roles)
      : input.userId
        ? client.companyUserRole
            .findMany({ where: { tenantId, userId: input.userId }, select: { role: true } })
            .then((rows) => rows.map((r) => r.role))
        : Promise.resolve([] as CompanyRole[]),
    input.roles && !input.roles.some(isLineRole)
      ? Promise.resolve([])
      : client.companyRoleCoverage.findMany({
          where: { tenantId },
          select: { role: true, lineGroups: true, lineCodes: true, occupationalPension: true, unassignedLines: true },
        }),
    input.ownReleases
      ? Promise.resolve(input.ownReleases)
      : client.moduleRelease.findMany({
          where: { tenantId, customerId: input.companyId },
          select: { module: true, level: true },
        }),
  ]);
  const roles = [...new Set(roleList)].sort() as CompanyRole[];
  const overrides: CoverageOverrides = {};
  for (const { role, ...coverage } of overrideRows) if (isLineRole(role)) overrides[role as LineRole] = coverage;
  const subsidiaries = roles.includes("GROUP_MANAGER") ? await subsidiariesOf(client, tenantId, input.companyId) : [];
  const scope: CompanyScopeEntry[] = [{ customerId: input.companyId, releases: releaseRecord(ownRows) }, ...subsidiaries];
  return {
    companyId: input.companyId,
    roles,
    isUserManager: roles.includes("USER_MANAGER"),
    coverage: unionCoverage(roles, overrides),
    scope,
  };
}

/**
 * Every company below `companyId` in the same tenant (children, grandchildren, …) with its releases, nearest
 * levels first; never the company itself, its parents or siblings. UNION plus the depth bound keep a
 * parent-pointer cycle finite. More than MAX_SUBSIDIARIES are clipped (and logged).
 */
async function subsidiariesOf(client: Reader, tenantId: string, companyId: string): Promise<CompanyScopeEntry[]> {
  const rows = await client.$queryRaw<{ id: string; module: PortalModule | null; level: ReleaseLevel | null }[]>(Prisma.sql`
    WITH RECURSIVE tree (id, depth) AS (
      SELECT c.id, 0 FROM "Customer" c
       WHERE c."tenantId" = ${tenantId}::uuid AND c.id = ${companyId}::uuid AND c.kind = 'COMPANY'
      UNION
      SELECT c.id, t.depth + 1 FROM "Customer" c JOIN tree t ON c."parentCompanyId" = t.id
       WHERE c."tenantId" = ${tenantId}::uuid AND c.kind = 'COMPANY' AND t.depth < ${MAX_COMPANY_DEPTH}
    ), below AS (
      SELECT id, min(depth) AS depth FROM tree WHERE id <> ${companyId}::uuid
       GROUP BY id ORDER BY min(depth), id LIMIT ${MAX_SUBSIDIARIES + 1}
    )
    SELECT b.id::text AS id, r.module::text AS module, r.level::text AS level
      FROM below b LEFT JOIN "ModuleRelease" r ON r."customerId" = b.id AND r."tenantId" = ${tenantId}::uuid
     ORDER BY b.depth, b.id`);
  const byId = new Map<string, ReleaseRow[]>();
  for (const r of rows) {
    const list = byId.get(r.id) ?? [];
    if (r.module && r.level) list.push({ module: r.module, level: r.level });
    byId.set(r.id, list);
  }
  if (byId.size > MAX_SUBSIDIARIES)
    console.warn(`company ${companyId}: more than ${MAX_SUBSIDIARIES} subsidiaries, scope clipped`);
  return [...byId]
    .slice(0, MAX_SUBSIDIARIES)
    .map(([customerId, releases]) => ({ customerId, releases: releaseRecord(releases) }));
}
