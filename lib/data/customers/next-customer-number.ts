import "server-only";
import type { Prisma } from "../../db/generated/client";

/**
 * The next free "K-<n>" number of the tenant (K-10001 upwards). Two parallel creates can pick the
 * same number; the unique index refuses the second and the caller retries.
 */
export async function nextCustomerNumber(tx: Prisma.TransactionClient, tenantId: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ max: bigint | null }[]>`
    SELECT max(substring("customerNumber" from '^K-([0-9]{1,12})$')::bigint) AS max
    FROM "Customer" WHERE "tenantId" = ${tenantId}::uuid`;
  const next = row?.max ? Number(row.max) + 1 : 10001;
  return `K-${next}`;
}
