import "server-only";
import type { Prisma } from "../../db/generated/client";

/**
 * Typed numbers of this shape are limited to 12 digits (lib/validation/customer.ts), so the
 * generated ones stay within 13 and the 18-digit pattern below always sees the highest.
 * The next free "K-<n>" number of the tenant (K-10001 upwards). Two parallel creates can pick the
 * same number; the unique index refuses the second and the caller retries.
 */
export async function nextCustomerNumber(tx: Prisma.TransactionClient, tenantId: string): Promise<string> {
  const [row] = await tx.$queryRaw<{ max: bigint | null }[]>`
    SELECT max(substring("customerNumber" from '^K-([0-9]{1,18})$')::bigint) AS max
    FROM "Customer" WHERE "tenantId" = ${tenantId}::uuid`;
  const next = row?.max ? Number(row.max) + 1 : 10001;
  return `K-${next}`;
}
