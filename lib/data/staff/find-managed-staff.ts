import type { Prisma } from "../../db/generated/client";
import type { RequestContext, StaffActor } from "../context/types";
import { refuse } from "../invitations/result";
import { canManageStaff, mayManageRole, NO_OWNER_RIGHT, NO_STAFF_RIGHT, STAFF_NOT_FOUND } from "./staff-permissions";

export type ManagedStaff = {
  id: string;
  email: string;
  status: "INVITED" | "ACTIVE" | "DISABLED";
  firstName: string | null;
  lastName: string | null;
  role: { key: string; name: string };
};

/**
 * A staff account of the actor's own tenant the actor may manage; another tenant's id answers
 * exactly like an unknown one. Used by re-send and revoke.
 */
export async function findManagedStaff(
  tx: Prisma.TransactionClient,
  ctx: RequestContext & { actor: StaffActor },
  userId: string,
): Promise<{ ok: true; staff: ManagedStaff } | ReturnType<typeof refuse>> {
  if (!canManageStaff(ctx.actor)) return refuse(NO_STAFF_RIGHT);
  const staff = await tx.user.findFirst({
    where: { id: userId, tenantId: ctx.tenant.id, kind: "STAFF" },
    select: {
      id: true,
      email: true,
      status: true,
      firstName: true,
      lastName: true,
      staffRole: { select: { key: true, name: true } },
    },
  });
  if (!staff?.staffRole) return refuse(STAFF_NOT_FOUND);
  if (!mayManageRole(ctx.actor, staff.staffRole.key)) return refuse(NO_OWNER_RIGHT);
  const { staffRole, ...rest } = staff;
  return { ok: true, staff: { ...rest, role: staffRole } };
}
