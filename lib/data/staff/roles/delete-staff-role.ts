import "server-only";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { db } from "../../../db/client";
import { deleteRoleInput, isCustomRole, ROLE_IN_USE, ROLE_NOT_CUSTOM, ROLE_NOT_FOUND } from "../../../validation/staff-roles";
import type { RequestContext } from "../../context/types";
import { requireRoleManager, type RoleWriteResult } from "./role-access";

/**
 * Deletes one of the office's own roles while no staff account (invited or disabled ones included)
 * has it; the default roles stay. The row lock keeps a concurrent invitation from taking the role.
 */
export async function deleteStaffRole(ctx: RequestContext | null, input: unknown): Promise<RoleWriteResult> {
  requireRoleManager(ctx);
  const parsed = deleteRoleInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: ROLE_NOT_FOUND };
  const { roleId } = parsed.data;
  const tenantId = ctx.tenant.id;

  return db.$transaction(async (tx) => {
    const [role] = await tx.$queryRaw<{ id: string; key: string }[]>`
      SELECT id, key FROM "StaffRole" WHERE id = ${roleId}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (!role) return { ok: false, error: ROLE_NOT_FOUND } as const;
    if (!isCustomRole(role.key)) return { ok: false, error: ROLE_NOT_CUSTOM } as const;
    const members = await tx.user.count({ where: { tenantId, staffRoleId: role.id } });
    if (members > 0) return { ok: false, error: { key: ROLE_IN_USE, values: { count: members } } } as const;
    await tx.staffRole.delete({ where: { id: role.id, tenantId } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "staff.role_deleted",
        entityType: "StaffRole",
        entityId: role.id,
        data: { roleKey: role.key },
      },
      tx,
    );
    return { ok: true, id: role.id } as const;
  });
}
