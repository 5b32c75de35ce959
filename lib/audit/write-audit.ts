import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";

export type AuditEntry = {
  tenantId: string | null;
  actorUserId: string | null;
  actorKind: "staff" | "customer" | "platform" | "system" | "anonymous";
  action: string;
  entityType?: string;
  entityId?: string;
  customerId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  data?: Prisma.InputJsonValue;
};

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

/** Appends one audit row (the table rejects UPDATE/DELETE). Pass a transaction client to audit atomically. */
export async function writeAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      tenantId: entry.tenantId,
      actorUserId: entry.actorUserId,
      actorKind: entry.actorKind,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      customerId: entry.customerId ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 300) ?? null,
      data: entry.data ?? {},
    },
  });
}
