import "server-only";
import { db } from "../../../db/client";
import type { CustomerContext } from "./own-contract-record";

/** Ids of every portal account of the viewed customer (the person and, for companies, contact persons). */
export async function customerAccountIds(ctx: CustomerContext): Promise<Set<string>> {
  const accounts = await db.user.findMany({
    where: { tenantId: ctx.tenant.id, kind: "CUSTOMER", customerId: ctx.actor.customerId },
    select: { id: true },
  });
  return new Set(accounts.map((a) => a.id));
}
