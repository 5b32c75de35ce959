import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { requireCustomer } from "../context/access-error";
import type { CustomerActor, RequestContext } from "../context/types";

export type AccessLogEntry = {
  id: string;
  at: Date;
  /** Audit action, e.g. "customer.viewed"; the page turns it into a label (audit.actions.*). */
  action: string;
  /** The staff member's name; null when the account no longer exists or has no name. */
  staffName: string | null;
  /** Changed field names (never values), e.g. ["street", "city"]. */
  fields: string[];
};

const MAX_BIGINT = 9223372036854775807n;

/**
 * Office-internal ticket work the customer must not learn about from their log either: internal notes
 * and hand-overs between colleagues (the conversation hides both). They stay in the audit log.
 */
const HIDDEN_FROM_CUSTOMER = ["ticket.noted", "ticket.forwarded"];

/** The "Weitere laden" cursor: id of the last entry shown (audit ids are ascending bigints). */
export const accessLogCursor = z
  .string()
  .regex(/^\d{1,19}$/)
  .refine((v) => BigInt(v) <= MAX_BIGINT);

const input = z.object({
  before: accessLogCursor.optional(),
  take: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * "Wer hat auf meine Daten zugegriffen?" (security.md 24): audit entries of the broker's staff about the
 * signed-in person's own customer record, newest first. Always the own record — also while viewing a
 * household member's folder — never another customer's or tenant's entries, and never the staff
 * member's IP address or browser (their personal data), nor internal ticket work (HIDDEN_FROM_CUSTOMER).
 */
export async function listAccessLog(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<{ items: AccessLogEntry[]; before: string | null }> {
  requireCustomer(ctx);
  const { before, take } = input.parse(params);
  const rows = await accessLogRows(ctx, { before, take: take + 1 });
  const page = rows.slice(0, take);
  return { items: page, before: rows.length > take ? (page.at(-1)?.id ?? null) : null };
}

/** All pages at once (for the data export), capped. */
export async function accessLogRows(
  ctx: RequestContext & { actor: CustomerActor },
  { before, take }: { before?: string; take: number },
): Promise<AccessLogEntry[]> {
  // staff work on a company record is the company's business, shown to its full-access users only
  if (ctx.actor.company && !ctx.actor.company.coverage.confidential) return [];
  const rows = await db.auditLog.findMany({
    where: {
      tenantId: ctx.tenant.id,
      customerId: ctx.actor.ownCustomerId,
      actorKind: "staff",
      action: { notIn: HIDDEN_FROM_CUSTOMER },
      ...(before ? { id: { lt: BigInt(before) } } : {}),
    },
    orderBy: { id: "desc" },
    take,
    select: { id: true, createdAt: true, action: true, actorUserId: true, data: true },
  });
  // one query for all names on the page (no N+1); only staff of this tenant
  const staffIds = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => id !== null))];
  const staff = staffIds.length
    ? await db.user.findMany({
        where: { tenantId: ctx.tenant.id, kind: "STAFF", id: { in: staffIds } },
        select: { id: true, firstName: true, lastName: true },
      })
    : [];
  const names = new Map(staff.map((s) => [s.id, [s.firstName, s.lastName].filter(Boolean).join(" ") || null]));
  return rows.map((r) => ({
    id: String(r.id),
    at: r.createdAt,
    action: r.action,
    staffName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
    fields: fieldsOf(r.data),
  }));
}

/** Changed field names (`data.fields`) or changed release modules (`data.changes`), never values. */
function fieldsOf(data: Prisma.JsonValue): string[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return [];
  if (Array.isArray(data.fields)) return data.fields.filter((f): f is string => typeof f === "string").slice(0, 20);
  const changes = data.changes;
  return changes && typeof changes === "object" && !Array.isArray(changes) ? Object.keys(changes).slice(0, 20) : [];
}
