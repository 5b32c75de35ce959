import "server-only";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

/**
 * Ends every session of the signed-in actor, this one included: the JWTs keep the old
 * sessionVersion, which load-request-context refuses from the next request on.
 */
export async function logOutEverywhere(ctx: RequestContext | null): Promise<void> {
  if (!ctx) throw new AccessDeniedError();
  await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: ctx.actor.id, tenantId: ctx.tenant.id },
      data: { sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AccessDeniedError();
    await writeAudit(
      {
        tenantId: ctx.tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: ctx.actor.kind === "STAFF" ? "staff" : "customer",
        action: "auth.logout_everywhere",
        entityType: "User",
        entityId: ctx.actor.id,
        customerId: ctx.actor.kind === "CUSTOMER" ? ctx.actor.ownCustomerId : null,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      },
      tx,
    );
  });
}
