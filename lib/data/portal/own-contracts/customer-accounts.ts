import "server-only";
import { db } from "../../../db/client";
import type { CustomerContext } from "./own-contract-record";

/**
 * Ids of the portal accounts whose uploads count as "the customer's own" in the viewed folder: every account
 * of a private customer's record; for a company user only their own account (colleagues' uploads are theirs).
 */
export async function customerAccountIds(ctx: CustomerContext): Promise<Set<string>> {
  if (ctx.actor.company) return new Set([ctx.actor.id]);
  const accounts = await db.user.findMany({
    where: { tenantId: ctx.tenant.id, kind: "CUSTOMER", customerId: ctx.actor.customerId },
    select: { id: true },
  });
  return new Set(accounts.map((a) => a.id));
}
