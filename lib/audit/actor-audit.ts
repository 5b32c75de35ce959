import type { RequestContext } from "../data/context/types";
import type { AuditEntry } from "./write-audit";

/** The who/where part of an audit entry for the signed-in actor; callers add action and entity. */
export function actorAudit(ctx: RequestContext): Pick<AuditEntry, "tenantId" | "actorUserId" | "actorKind" | "ip" | "userAgent"> {
  return {
    tenantId: ctx.tenant.id,
    actorUserId: ctx.actor.id,
    actorKind: ctx.actor.kind === "STAFF" ? "staff" : "customer",
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
}
