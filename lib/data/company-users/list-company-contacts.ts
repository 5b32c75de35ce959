import "server-only";
import { db } from "../../db/client";
import type { CompanyRole, Prisma } from "../../db/generated/client";
import { assignableWithin, companyContactSearch, type CompanyContactSearch } from "../../validation/company-user";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { companyContactSelect, toCompanyContactItem, type CompanyContactItem } from "./company-contact-item";
import { companyContactsAccess } from "./company-contact-reader";
import { disabledByUserManager } from "./user-manager-company";

export type CompanyContacts = {
  items: CompanyContactItem[];
  /** Role sets this company's user manager may hand out (the broker's ceiling, never USER_MANAGER). */
  assignableRoles: CompanyRole[];
  /** False for a full-access reader: no "Neuer Kontakt", no account controls. */
  canManage: boolean;
  query: string | null;
};

/**
 * The contact persons of the viewer's own company (not its subsidiaries) with their account status: for
 * its user manager, and read-only for a company user with full access; everyone else is refused.
 */
export async function listCompanyContacts(
  ctx: RequestContext | null,
  input: CompanyContactSearch = {},
): Promise<CompanyContacts> {
  const access = companyContactsAccess(ctx);
  if (!ctx || !access) throw new AccessDeniedError("company contacts");
  const { q } = companyContactSearch.parse(input);
  const where: Prisma.ContactPersonWhereInput = { tenantId: ctx.tenant.id, customerId: access.companyId };
  if (q) {
    const insensitive = (value: string) => ({ contains: value, mode: "insensitive" as const });
    // "Anna Flotte" finds Anna Flottmann: every word in the first or last name; or the text in e-mail / position.
    const words = q.split(/\s+/).slice(0, 4);
    where.OR = [
      { AND: words.map((word) => ({ OR: [{ firstName: insensitive(word) }, { lastName: insensitive(word) }] })) },
      { email: insensitive(q) },
      { position: insensitive(q) },
    ];
  }
  const [company, rows] = await Promise.all([
    db.customer.findFirst({
      where: { id: access.companyId, tenantId: ctx.tenant.id, kind: "COMPANY" },
      select: { companyRolesAllowed: true },
    }),
    db.contactPerson.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: 500,
      select: companyContactSelect,
    }),
  ]);
  if (!company) throw new AccessDeniedError("company not found");
  const assignableRoles = access.canManage ? assignableWithin(company.companyRolesAllowed) : [];
  const disabledIds = rows.flatMap((row) => (row.user?.status === "DISABLED" ? [row.user.id] : []));
  const reach = access.canManage
    ? { assignable: assignableRoles, disabledByUserManager: await disabledByUserManager(db, ctx.tenant.id, disabledIds) }
    : null;
  return {
    items: rows.map((row) => toCompanyContactItem(row, reach, ctx.actor.id)),
    assignableRoles,
    canManage: access.canManage,
    query: q ?? null,
  };
}
