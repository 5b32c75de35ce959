import "server-only";
import { db } from "../../db/client";
import type { CompanyRole, RoleGrantor, UserStatus } from "../../db/generated/client";
import type { Msg } from "../../i18n/message-key";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext, StaffActor } from "../context/types";
import { customerAccessWhere, customerWriteAccessWhere } from "../customers/customer-access";

export type StaffContext = RequestContext & { actor: StaffActor };

export type CompanyAdminResult<T = { id: string }> =
  { ok: true; data: T } | { ok: false; error: Msg; fieldErrors?: Record<string, Msg> };

export const refuseWith = (error: Msg) => ({ ok: false as const, error });

/**
 * A company the staff member may administer (accounts, roles, ceiling): editCustomers, the company in their
 * scope (tenant, advisors only their own customers) and not restricted. Anything else is refused like a
 * missing record, so another advisor's company is not hinted at.
 */
export async function companyForAdmin(ctx: RequestContext | null, companyId: string) {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const company = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: companyId }] },
    select: { id: true, kind: true, companyName: true, companyRolesAllowed: true },
  });
  if (!company) throw new AccessDeniedError("company not visible");
  return { ctx, company };
}

export type CompanyAccount = {
  id: string;
  email: string;
  status: UserStatus;
  firstName: string | null;
  lastName: string | null;
  passwordHash: string | null;
  customerId: string;
  contactPersonId: string;
  companyRoles: { role: CompanyRole; grantedBy: RoleGrantor }[];
};

/**
 * A company's portal account (a contact person's login) the staff member may administer; `write` also needs
 * editCustomers and an unrestricted company. Refused (AccessDeniedError) when outside their scope.
 */
export async function companyAccountFor(
  ctx: RequestContext | null,
  userId: string,
  mode: "read" | "write",
): Promise<{ ctx: StaffContext; account: CompanyAccount }> {
  requireStaff(ctx);
  if (mode === "write" && !ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const scope = mode === "write" ? customerWriteAccessWhere(ctx) : customerAccessWhere(ctx);
  const user = await db.user.findFirst({
    where: {
      id: userId,
      tenantId: ctx.tenant.id,
      kind: "CUSTOMER",
      contactPersonId: { not: null },
      customer: { AND: [scope, { kind: "COMPANY" }] },
    },
    select: {
      id: true,
      email: true,
      status: true,
      firstName: true,
      lastName: true,
      passwordHash: true,
      customerId: true,
      contactPersonId: true,
      companyRoles: { where: { tenantId: ctx.tenant.id }, select: { role: true, grantedBy: true } },
    },
  });
  if (!user || !user.customerId || !user.contactPersonId) throw new AccessDeniedError("company account not visible");
  return {
    ctx,
    account: { ...user, customerId: user.customerId, contactPersonId: user.contactPersonId },
  };
}

export function accountName(a: { firstName: string | null; lastName: string | null; email: string }): string {
  return [a.firstName, a.lastName].filter(Boolean).join(" ") || a.email;
}
