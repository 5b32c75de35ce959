import "server-only";
import { db } from "../../db/client";
import { CompanyRole, type UserStatus } from "../../db/generated/enums";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { canPreviewAsCustomer } from "./can-preview";

export type PreviewAccount = {
  id: string;
  /** first and last name, else the e-mail address */
  name: string;
  email: string;
  status: UserStatus;
  /** in the schema's order (user manager first) */
  roles: CompanyRole[];
};

const ROLE_ORDER = Object.values(CompanyRole);

/**
 * The portal accounts of a COMPANY customer the broker may preview as ("Ansicht als"), sorted by name.
 * Empty for a person customer or a customer outside the staff member's scope; refused like the preview
 * itself for roles that may not open it (lib/data/preview/can-preview.ts).
 */
export async function listPreviewAccounts(ctx: RequestContext | null, customerId: string): Promise<PreviewAccount[]> {
  requireStaff(ctx);
  if (!canPreviewAsCustomer(ctx.actor.role)) throw new AccessDeniedError("preview needs an unrestricted role");
  const users = await db.user.findMany({
    where: {
      tenantId: ctx.tenant.id,
      kind: "CUSTOMER",
      customerId,
      customer: { AND: [customerAccessWhere(ctx), { kind: "COMPANY" }] },
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      status: true,
      firstName: true,
      lastName: true,
      companyRoles: { where: { tenantId: ctx.tenant.id }, select: { role: true } },
    },
  });
  return users.map((u) => {
    const held = new Set(u.companyRoles.map((r) => r.role));
    return {
      id: u.id,
      name: [u.firstName, u.lastName].filter(Boolean).join(" ") || u.email,
      email: u.email,
      status: u.status,
      roles: ROLE_ORDER.filter((r) => held.has(r)),
    };
  });
}
