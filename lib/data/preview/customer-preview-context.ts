import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { PortalModule, type ReleaseLevel } from "../../db/generated/client";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";
import { buildCustomerActor } from "../context/customer-actor";
import { NO_COVERAGE } from "../../company/role-coverage";
import { customerAccessWhere } from "../customers/customer-access";
import { customerDisplayName } from "../customers/customer-display-name";
import { canPreviewAsCustomer } from "./can-preview";

// Stands in for the account id when the customer has not registered yet: no document counts as read.
const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

export type PreviewContext = RequestContext & { actor: CustomerActor; previewBy: string };

/**
 * "Als Kunde ansehen": the context the customer's own requests would get — same tenant, same releases,
 * same account id for read markers — so the portal components and the data layer apply exactly the
 * customer's rules. Only ever handed to read functions by the preview page; the staff member's own
 * session stays the one that acts. Opening it is audited.
 * A COMPANY customer has no single view: without `companyUserId` the preview shows a user without roles
 * (nothing but the shell); with the id of one of the company's accounts it shows exactly what that user
 * sees (roles, coverage, subsidiaries), read-only. Another customer's or tenant's account is refused.
 */
export async function customerPreviewContext(
  ctx: RequestContext | null,
  customerId: string,
  companyUserId?: string | null,
): Promise<PreviewContext> {
  requireStaff(ctx);
  if (!canPreviewAsCustomer(ctx.actor.role)) throw new AccessDeniedError("preview needs an unrestricted role");
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: {
      id: true,
      kind: true,
      firstName: true,
      lastName: true,
      companyName: true,
      email: true,
      releases: { select: { module: true, level: true } },
      accounts: { where: { kind: "CUSTOMER", contactPersonId: null }, select: { id: true, email: true }, take: 1 },
    },
  });
  if (!customer) throw new AccessDeniedError("customer not visible");
  const releases = Object.fromEntries(Object.values(PortalModule).map((m) => [m, "HIDDEN"])) as Record<
    PortalModule,
    ReleaseLevel
  >;
  for (const r of customer.releases) releases[r.module] = r.level;
  const companyActor =
    customer.kind === "COMPANY" && companyUserId
      ? await buildCustomerActor(ctx.tenant, companyUserId, { folderReadOnly: true })
      : null;
  if (customer.kind === "COMPANY" && companyUserId && companyActor?.company?.companyId !== customer.id) {
    throw new AccessDeniedError("account not of this company");
  }
  await writeAudit({
    ...actorAudit(ctx),
    action: "customer.previewed",
    entityType: "Customer",
    entityId: customer.id,
    customerId: customer.id,
    ...(companyActor ? { data: { userId: companyActor.id } } : {}),
  });
  const base = { tenant: ctx.tenant, ip: ctx.ip, userAgent: ctx.userAgent, previewBy: ctx.actor.id };
  if (companyActor) return { ...base, actor: companyActor };
  const account = customer.accounts[0];
  return {
    tenant: ctx.tenant,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    previewBy: ctx.actor.id,
    actor: {
      kind: "CUSTOMER",
      id: account?.id ?? NO_ACCOUNT,
      email: account?.email ?? customer.email ?? "",
      displayName: customerDisplayName(customer),
      customerId: customer.id,
      ownCustomerId: customer.id,
      releases,
      // the preview is inert: customer writes through this context are refused like a foreign folder's
      folderReadOnly: true,
      // a company previewed without a chosen user: a user without roles sees nothing
      company:
        customer.kind === "COMPANY"
          ? {
              companyId: customer.id,
              roles: [],
              isUserManager: false,
              coverage: NO_COVERAGE,
              scope: [{ customerId: customer.id, releases }],
            }
          : null,
    },
  };
}
