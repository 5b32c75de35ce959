import type { StaffRights } from "../../auth/staff-rights";
import type { ChangeRequestKind, Prisma } from "../../db/generated/client";
import type { RequestContext, StaffActor } from "../context/types";
import { customerAccessWhere, customerWriteAccessWhere } from "../customers/customer-access";

type StaffContext = RequestContext & { actor: StaffActor };

/**
 * The rights a staff member needs to apply (or reject, or send insurer notices for) a request, the
 * same split as the broker's customer form: every change needs editCustomers; e-mail and phone numbers
 * also editContactData; a bank account also manageBankAccounts (lib/auth/staff-rights.ts).
 */
export function mayReview(rights: StaffRights, kind: ChangeRequestKind): boolean {
  if (!rights.editCustomers) return false;
  if (kind === "EMAIL" || kind === "PHONE") return rights.editContactData;
  if (kind === "BANK_ACCOUNT") return rights.manageBankAccounts;
  return true;
}

/** Requests of customers the staff member can see (advisors: their own book). */
export function changeRequestVisibleWhere(ctx: StaffContext): Prisma.ChangeRequestWhereInput {
  return { tenantId: ctx.tenant.id, customer: customerAccessWhere(ctx) };
}

/** Requests of customers the staff member may change (visible and not restricted). */
export function changeRequestWritableWhere(ctx: StaffContext): Prisma.ChangeRequestWhereInput {
  return { tenantId: ctx.tenant.id, customer: customerWriteAccessWhere(ctx) };
}
