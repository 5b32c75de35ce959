import type { Prisma } from "../../db/generated/client";

/**
 * After the primary domain went away (removed, or switched off by the daily check): the
 * longest-verified remaining domain takes over; without one, links use <slug>.<ROOT_DOMAIN> again
 * (tenant-base-url.ts). Call under lockTenantDomains. Returns the new primary domain's id.
 */
export async function promoteNextPrimary(tx: Prisma.TransactionClient, tenantId: string): Promise<string | null> {
  const next = await tx.domain.findFirst({
    where: { tenantId, status: "VERIFIED" },
    orderBy: { verifiedAt: "asc" },
    select: { id: true },
  });
  if (next) await tx.domain.update({ where: { id: next.id }, data: { isPrimary: true } });
  return next?.id ?? null;
}
