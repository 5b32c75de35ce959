import type { Prisma } from "../../../db/generated/client";

/** Role names are unique per office regardless of case, so the role select never shows two look-alikes. */
export async function roleNameTaken(
  tx: Prisma.TransactionClient,
  tenantId: string,
  name: string,
  exceptRoleId: string | null,
): Promise<boolean> {
  const clash = await tx.staffRole.findFirst({
    where: { tenantId, name: { equals: name, mode: "insensitive" }, ...(exceptRoleId ? { id: { not: exceptRoleId } } : {}) },
    select: { id: true },
  });
  return clash !== null;
}
