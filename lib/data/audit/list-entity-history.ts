import "server-only";
import { db } from "../../db/client";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type HistoryEntry = { id: string; at: Date; action: string; actorName: string | null; fields: string[] };

/**
 * Who did what to one record, newest first (the contract page's "Verlauf"). The caller has already
 * checked that the actor may see the record; entries are read by tenant and entity id.
 */
export async function listEntityHistory(
  ctx: RequestContext | null,
  entityType: string,
  entityId: string,
  take = 50,
): Promise<HistoryEntry[]> {
  requireStaff(ctx);
  const rows = await db.auditLog.findMany({
    where: { tenantId: ctx.tenant.id, entityType, entityId, action: { not: { endsWith: ".viewed" } } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, action: true, actorUserId: true, data: true },
  });
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { tenantId: ctx.tenant.id, id: { in: actorIds } },
    select: { id: true, firstName: true, lastName: true, email: true },
  });
  const names = new Map(actors.map((a) => [a.id, [a.firstName, a.lastName].filter(Boolean).join(" ") || a.email]));
  return rows.map((r) => ({
    id: String(r.id),
    at: r.createdAt,
    action: r.action,
    actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
    fields: Array.isArray((r.data as { fields?: unknown })?.fields) ? (r.data as { fields: string[] }).fields : [],
  }));
}
