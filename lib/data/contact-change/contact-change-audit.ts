import type { AuditEntry } from "../../audit/write-audit";
import type { RequestContext } from "../context/types";
import type { OwnContactUser } from "./own-contact-user";

/** The common part of every audit row of a contact change (action and data are added by the caller). */
export function contactChangeAudit(
  ctx: RequestContext,
  user: Pick<OwnContactUser, "id" | "kind" | "customerId">,
): Omit<AuditEntry, "action"> {
  return {
    tenantId: ctx.tenant.id,
    actorUserId: user.id,
    actorKind: user.kind === "STAFF" ? "staff" : "customer",
    entityType: "User",
    entityId: user.id,
    customerId: user.customerId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
}
