import type { PlatformContext } from "../platform/platform-context";
import type { AuditEntry } from "./write-audit";

/**
 * The who/where part of an audit entry for a platform operator acting on a tenant: the row goes to
 * that tenant's log (no tenant account acted, so no actor user); callers add action, entity and data.
 */
export function operatorAudit(
  ctx: PlatformContext,
  tenantId: string,
): Pick<AuditEntry, "tenantId" | "actorUserId" | "actorKind" | "ip" | "userAgent"> {
  return { tenantId, actorUserId: null, actorKind: "platform", ip: ctx.ip, userAgent: ctx.userAgent };
}
