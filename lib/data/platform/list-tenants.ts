import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { requirePlatform, type PlatformContext } from "../../platform/platform-context";
import { subdomainBaseUrl } from "../../tenant/domains/subdomain-url";

const TENANTS_PER_PAGE = 50;

export type TenantListRow = {
  id: string;
  name: string;
  slug: string;
  address: string;
  status: "ACTIVE" | "SUSPENDED";
  createdAt: Date;
  staffCount: number;
  customerCount: number;
};

export type TenantList = { rows: TenantListRow[]; total: number; page: number; pageCount: number };

const pageInput = z.coerce.number().int().min(1).max(100_000).catch(1);

/**
 * The operator's overview, newest first, 50 a page. Of the tenants' data it reads counts only
 * (staff accounts and customer records, counted in the same query): no names, no documents.
 */
export async function listTenants(ctx: PlatformContext | null, params: { page?: unknown } = {}): Promise<TenantList> {
  requirePlatform(ctx);
  const total = await db.tenant.count();
  const pageCount = Math.max(1, Math.ceil(total / TENANTS_PER_PAGE));
  const page = Math.min(pageInput.parse(params.page ?? 1), pageCount);
  const tenants = await db.tenant.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * TENANTS_PER_PAGE,
    take: TENANTS_PER_PAGE,
    select: {
      id: true,
      name: true,
      slug: true,
      status: true,
      createdAt: true,
      _count: { select: { users: { where: { kind: "STAFF" } }, customers: true } },
    },
  });
  const rows = tenants.map(({ _count, ...t }) => ({
    ...t,
    address: subdomainBaseUrl(t.slug),
    staffCount: _count.users,
    customerCount: _count.customers,
  }));
  return { rows, total, page, pageCount };
}
