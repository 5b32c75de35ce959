import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere, customerWriteAccessWhere } from "../customers/customer-access";
import { canWriteModule } from "../portal/folder-rights";
import { addressableStaff } from "./addressable-staff";
import type { TicketRecipient } from "./types";

/**
 * Who a ticket can go to. Customer (no customerId): staff they may address, own advisor first —
 * nobody while they may not write (no COMMUNICATION WRITE, a household member's folder, a restricted
 * record), so the form has no one to offer. Staff: colleagues who may see the given customer (for
 * "new ticket" and "forward"); a customer they may not see is refused like an unknown one.
 */
export async function listTicketRecipients(ctx: RequestContext | null, customerId?: string): Promise<TicketRecipient[]> {
  if (!ctx) throw new AccessDeniedError();
  if (ctx.actor.kind === "CUSTOMER") {
    if (!canWriteModule({ ...ctx, actor: ctx.actor }, "COMMUNICATION")) return [];
    const own = await db.customer.findFirst({
      where: { AND: [customerWriteAccessWhere(ctx), { id: ctx.actor.ownCustomerId }] },
      select: { advisorId: true },
    });
    return own ? addressableStaff(db, ctx.tenant.id, own) : [];
  }
  if (!customerId || !z.uuid().safeParse(customerId).success) throw new AccessDeniedError("unknown customer");
  const customer = await db.customer.findFirst({
    where: { AND: [customerAccessWhere(ctx), { id: customerId }] },
    select: { advisorId: true },
  });
  if (!customer) throw new AccessDeniedError("unknown customer");
  return addressableStaff(db, ctx.tenant.id, customer);
}
