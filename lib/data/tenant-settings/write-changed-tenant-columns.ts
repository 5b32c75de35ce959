import "server-only";
import { writeAudit, type AuditEntry } from "../../audit/write-audit";
import type { Prisma } from "../../db/generated/client";

type TenantColumns = Prisma.TenantUpdateInput & Record<string, unknown>;

/**
 * Writes those of the given Tenant columns whose stored value differs from `next`, with one audit entry naming
 * the changed columns (never the values), in the caller's transaction. Returns the changed names;
 * the caller clears the tenant cache after the commit when the list is not empty.
 */
export async function writeChangedTenantColumns<C extends string>(
  tx: Prisma.TransactionClient,
  audit: Pick<AuditEntry, "tenantId" | "actorUserId" | "actorKind" | "ip" | "userAgent"> & { tenantId: string },
  columns: readonly C[],
  next: Record<C, unknown>,
): Promise<C[]> {
  const current = (await tx.tenant.findUniqueOrThrow({
    where: { id: audit.tenantId },
    select: Object.fromEntries(columns.map((c) => [c, true])),
  })) as unknown as Record<C, unknown>;
  const changed = columns.filter((c) => current[c] !== next[c]);
  if (changed.length === 0) return changed;
  await tx.tenant.update({ where: { id: audit.tenantId }, data: next as TenantColumns });
  await writeAudit(
    { ...audit, action: "tenant.settingsChanged", entityType: "Tenant", entityId: audit.tenantId, data: { fields: changed } },
    tx,
  );
  return changed;
}
