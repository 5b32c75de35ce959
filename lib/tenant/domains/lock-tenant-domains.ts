import type { Prisma } from "../../db/generated/client";

/**
 * Serialises changes to one tenant's domains until the transaction ends: adding (the per-tenant
 * limit), removing and choosing the primary domain, and verifying (two hosts verified at once must
 * not both become primary). Every writer takes this same lock, so the key lives in one place.
 */
export async function lockTenantDomains(tx: Prisma.TransactionClient, tenantId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`domains-of:${tenantId}`}::text))`;
}
