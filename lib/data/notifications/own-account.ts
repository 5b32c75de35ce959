import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";

/**
 * Notifications and e-mail preferences belong to the signed-in account, not to the folder shown:
 * they work while a customer looks at a household member's folder. The broker's "view as customer"
 * context (previewBy) must never change the customer's account, so it is refused.
 */
export function ownAccount(ctx: RequestContext | null): { tenantId: string; userId: string; ctx: RequestContext } {
  if (!ctx || "previewBy" in ctx) throw new AccessDeniedError("own account only");
  return { tenantId: ctx.tenant.id, userId: ctx.actor.id, ctx };
}
