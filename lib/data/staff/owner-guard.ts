import type { Prisma } from "../../db/generated/client";
import type { ManagedStaff } from "./find-managed-staff";

/**
 * Serialises the changes that can take an owner away (demote, disable) within one office, so two
 * owners demoting each other at the same moment cannot leave the office without any owner.
 * Call first in the transaction, before reading the staff member.
 */
export async function lockOwners(tx: Prisma.TransactionClient, tenantId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "StaffRole" WHERE "tenantId" = ${tenantId}::uuid AND key = 'owner' FOR UPDATE`;
}

/** True when this staff member is the office's only active owner: they must stay one and stay active. */
export async function isLastActiveOwner(tx: Prisma.TransactionClient, tenantId: string, staff: ManagedStaff): Promise<boolean> {
  if (staff.role.key !== "owner" || staff.status !== "ACTIVE") return false;
  const others = await tx.user.count({
    where: { tenantId, kind: "STAFF", status: "ACTIVE", id: { not: staff.id }, staffRole: { is: { tenantId, key: "owner" } } },
  });
  return others === 0;
}
