import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";

/** One data export per portal account and this many milliseconds (an export reads every document from S3). */
export const EXPORT_INTERVAL_MS = 5 * 60_000;

export const DATA_EXPORTED = "customer.dataExported";

export type ExportCounts = Record<string, number>;

type Reader = Pick<typeof db, "auditLog">;

/** When the signed-in account may export again, or null when it may export now. */
export async function nextExportAllowedAt(ctx: RequestContext | null, client: Reader = db): Promise<Date | null> {
  requireCustomer(ctx);
  const since = new Date(now().getTime() - EXPORT_INTERVAL_MS);
  const last = await client.auditLog.findFirst({
    where: { tenantId: ctx.tenant.id, actorUserId: ctx.actor.id, action: DATA_EXPORTED, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last ? new Date(last.createdAt.getTime() + EXPORT_INTERVAL_MS) : null;
}

/**
 * Records an export ("customer.dataExported", counts only) unless the account exported within the
 * interval. Serialised per account with an advisory lock, so two parallel requests cannot both pass.
 */
export async function recordDataExport(
  ctx: RequestContext | null,
  counts: ExportCounts,
): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
  requireCustomer(ctx);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`maklerportal:export:${ctx.actor.id}`}::text))`;
    const retryAt = await nextExportAllowedAt(ctx, tx);
    if (retryAt) return { ok: false as const, retryAt };
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: DATA_EXPORTED,
        entityType: "Customer",
        entityId: ctx.actor.ownCustomerId,
        customerId: ctx.actor.ownCustomerId,
        data: counts,
      },
      tx,
    );
    return { ok: true as const };
  });
}
