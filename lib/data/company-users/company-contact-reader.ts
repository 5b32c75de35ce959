import type { RequestContext } from "../context/types";

export type CompanyContactsAccess = { companyId: string; canManage: boolean };

/**
 * Who may open the company's contact list: a user manager (managing it), or a company user with full
 * access (reading it, without any account controls). Null for everyone else.
 */
export function companyContactsAccess(ctx: RequestContext | null): CompanyContactsAccess | null {
  if (!ctx || ctx.actor.kind !== "CUSTOMER") return null;
  const company = ctx.actor.company;
  if (!company) return null;
  if (company.isUserManager) return { companyId: company.companyId, canManage: !ctx.actor.folderReadOnly };
  if (company.roles.includes("FULL_ACCESS")) return { companyId: company.companyId, canManage: false };
  return null;
}
