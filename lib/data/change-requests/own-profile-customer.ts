import "server-only";
import { db } from "../../db/client";
import { AccessDeniedError, requireCustomer } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { canWriteModule } from "../portal/folder-rights";

export type ProfileCustomerContext = RequestContext & { actor: CustomerActor };

/**
 * The signed-in customer's own record when they may ask for changes: PROFILE released with WRITE,
 * their own folder (not a household member's, not the broker's preview), processing not restricted.
 * Anything else is AccessDeniedError (the action turns it into "not allowed").
 */
export async function ownProfileCustomer(ctx: RequestContext | null): Promise<{
  ctx: ProfileCustomerContext;
  customer: { id: string; advisorId: string | null };
}> {
  requireCustomer(ctx);
  if (!canWriteModule(ctx, "PROFILE") || ctx.actor.customerId !== ctx.actor.ownCustomerId) {
    throw new AccessDeniedError("no write release for PROFILE");
  }
  const customer = await db.customer.findFirst({
    where: { AND: [customerWriteAccessWhere(ctx), { id: ctx.actor.ownCustomerId }] },
    select: { id: true, advisorId: true },
  });
  if (!customer) throw new AccessDeniedError("customer not writable");
  return { ctx, customer };
}
