import "server-only";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type OwnAccount = { email: string; firstName: string | null; lastName: string | null; lastLoginAt: Date | null };

/** The signed-in actor's own account data for the security page (names feed the strength meter). */
export async function getOwnAccount(ctx: RequestContext | null): Promise<OwnAccount> {
  if (!ctx) throw new AccessDeniedError();
  const user = await db.user.findFirst({
    where: { id: ctx.actor.id, tenantId: ctx.tenant.id },
    select: { email: true, firstName: true, lastName: true, lastLoginAt: true },
  });
  if (!user) throw new AccessDeniedError();
  return user;
}
