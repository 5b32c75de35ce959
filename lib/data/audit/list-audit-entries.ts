import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";

export type AuditTimelineEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorKind: string;
  fields: string[];
};

const input = z.union([z.object({ contractId: z.uuid() }), z.object({ customerId: z.uuid() })]).and(
  z.object({
    before: z
      .string()
      .regex(/^\d{1,19}$/)
      .optional(),
    take: z.number().int().min(1).max(100).default(30),
  }),
);

// Opening a file is logged on every page view; the timeline shows what happened, not who looked.
const NOISE = ["customer.viewed", "contract.viewed"];

/**
 * Newest-first audit entries of one contract ("Verlauf") or one customer ("Aktivität"), for staff who
 * may see that record. Indexed by (tenantId, entityType, entityId) and (tenantId, customerId);
 * `before` pages on by the entry id.
 */
export async function listAuditEntries(
  ctx: RequestContext | null,
  params: z.input<typeof input>,
): Promise<{ items: AuditTimelineEntry[]; before: string | null }> {
  requireStaff(ctx);
  const query = input.parse(params);
  const scope: Prisma.AuditLogWhereInput =
    "contractId" in query ? { entityType: "Contract", entityId: query.contractId } : { customerId: query.customerId };
  const customerId =
    "customerId" in query
      ? query.customerId
      : (await db.contract.findFirst({ where: { tenantId: ctx.tenant.id, id: query.contractId }, select: { customerId: true } }))
          ?.customerId;
  const visible =
    customerId &&
    (await db.customer.findFirst({ where: { AND: [customerAccessWhere(ctx), { id: customerId }] }, select: { id: true } }));
  if (!visible) throw new AccessDeniedError("record not visible");

  const rows = await db.auditLog.findMany({
    where: {
      tenantId: ctx.tenant.id,
      ...scope,
      action: { notIn: NOISE },
      ...(query.before ? { id: { lt: BigInt(query.before) } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.take + 1,
    select: { id: true, createdAt: true, action: true, actorUserId: true, actorKind: true, data: true },
  });
  const page = rows.slice(0, query.take);
  const actorIds = [...new Set(page.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { tenantId: ctx.tenant.id, id: { in: actorIds } },
    select: { id: true, firstName: true, lastName: true, email: true },
  });
  const names = new Map(actors.map((a) => [a.id, [a.firstName, a.lastName].filter(Boolean).join(" ") || a.email]));
  return {
    items: page.map((r) => ({
      id: String(r.id),
      at: r.createdAt,
      action: r.action,
      actorKind: r.actorKind,
      actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
      fields: fieldsOf(r.data),
    })),
    before: rows.length > query.take ? String(page.at(-1)?.id) : null,
  };
}

/** Changed field names (`data.fields`) or changed release modules (`data.changes`), never values. */
function fieldsOf(data: Prisma.JsonValue): string[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  if (Array.isArray(data.fields)) return data.fields.filter((f): f is string => typeof f === "string");
  const changes = data.changes;
  return changes && typeof changes === "object" && !Array.isArray(changes) ? Object.keys(changes) : [];
}
