import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "./customer-access";

export type CompanyLink = { id: string; name: string; customerNumber: string };

export type CompanyStructure = {
  /** From the top holding down to the direct parent; empty for a stand-alone company. */
  parents: CompanyLink[];
  subsidiaries: CompanyLink[];
  /** More direct subsidiaries exist than are listed. */
  moreSubsidiaries: boolean;
};

const MAX_DEPTH = 10;
const MAX_SUBSIDIARIES = 100;
const linkSelect = { id: true, companyName: true, customerNumber: true, parentCompanyId: true } as const;

/**
 * The holding structure around one company, read-only: its parent chain and direct subsidiaries.
 * Only companies the actor may see appear; the chain stops at the first one they may not see (a
 * hidden parent is not hinted at) and after MAX_DEPTH steps, which also ends any stored loop.
 * Null when the company itself is not visible.
 */
export async function getCompanyStructure(ctx: RequestContext | null, companyId: string): Promise<CompanyStructure | null> {
  requireStaff(ctx);
  const visibleCompany = (id: string) => ({ AND: [customerAccessWhere(ctx), { id, kind: "COMPANY" as const }] });
  const company = await db.customer.findFirst({ where: visibleCompany(companyId), select: linkSelect });
  if (!company) return null;

  const parents: CompanyLink[] = [];
  const seen = new Set([company.id]);
  let nextId = company.parentCompanyId;
  while (nextId && !seen.has(nextId) && parents.length < MAX_DEPTH) {
    const parent = await db.customer.findFirst({ where: visibleCompany(nextId), select: linkSelect });
    if (!parent) break;
    seen.add(parent.id);
    parents.unshift(toLink(parent));
    nextId = parent.parentCompanyId;
  }

  const subsidiaries = await db.customer.findMany({
    where: { AND: [customerAccessWhere(ctx), { kind: "COMPANY", parentCompanyId: company.id }] },
    orderBy: [{ companyName: "asc" }, { customerNumber: "asc" }],
    select: linkSelect,
    take: MAX_SUBSIDIARIES + 1,
  });
  return {
    parents,
    subsidiaries: subsidiaries.slice(0, MAX_SUBSIDIARIES).map(toLink),
    moreSubsidiaries: subsidiaries.length > MAX_SUBSIDIARIES,
  };
}

function toLink(c: { id: string; companyName: string | null; customerNumber: string }): CompanyLink {
  return { id: c.id, name: c.companyName ?? "—", customerNumber: c.customerNumber };
}
