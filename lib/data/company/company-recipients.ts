import type { Prisma } from "../../db/generated/client";
import type { TenantBranding } from "../../tenant/tenant-branding";
import { actorFromAccount, customerAccountSelect } from "../context/customer-actor";
import type { RequestContext } from "../context/types";

/** Whether the account behind `ctx` can see the item (e.g. a count through the access rule, in `tx`). */
export type CanSee = (ctx: RequestContext, tx: Prisma.TransactionClient) => Promise<boolean>;

/**
 * Which accounts of a COMPANY customer may be told about an item: the active accounts whose actor (built as
 * for a signed-in request: roles, coverage, scope) can see it. Returns undefined for a private customer
 * (every account of the record is told, as before), so callers pass it straight to notifyCustomer's
 * `onlyUserIds`. Reads through `tx` so an item written in the same transaction is found.
 */
export async function companyRecipients(
  tx: Prisma.TransactionClient,
  tenant: TenantBranding,
  customerId: string,
  canSee: CanSee,
): Promise<string[] | undefined> {
  const customer = await tx.customer.findFirst({ where: { id: customerId, tenantId: tenant.id }, select: { kind: true } });
  if (customer?.kind !== "COMPANY") return undefined;
  const accounts = await tx.user.findMany({
    where: { tenantId: tenant.id, customerId, kind: "CUSTOMER", status: "ACTIVE" },
    select: customerAccountSelect,
  });
  const allowed: string[] = [];
  for (const account of accounts) {
    const actor = await actorFromAccount(tenant, account, { client: tx });
    if (actor && (await canSee({ tenant, actor, ip: null, userAgent: null }, tx))) allowed.push(account.id);
  }
  return allowed;
}
