import "server-only";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { db } from "../../../db/client";
import { fieldErrorsFrom } from "../../../validation/field-errors";
import { isCustomRole, renameRoleInput, ROLE_NAME_TAKEN, ROLE_NOT_CUSTOM, ROLE_NOT_FOUND } from "../../../validation/staff-roles";
import type { RequestContext } from "../../context/types";
import { requireRoleManager, type RoleWriteResult } from "./role-access";
import { roleNameTaken } from "./role-name-taken";

/**
 * Renames one of the office's own roles. The default roles keep their names: they are shown in the
 * reader's language from the catalog, so a stored new name would not appear anywhere.
 */
export async function renameStaffRole(ctx: RequestContext | null, input: unknown): Promise<RoleWriteResult> {
  requireRoleManager(ctx);
  const parsed = renameRoleInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const { roleId, name } = parsed.data;
  const tenantId = ctx.tenant.id;

  return db.$transaction(async (tx) => {
    const role = await tx.staffRole.findFirst({ where: { id: roleId, tenantId }, select: { id: true, key: true, name: true } });
    if (!role) return { ok: false, error: ROLE_NOT_FOUND } as const;
    if (!isCustomRole(role.key)) return { ok: false, error: ROLE_NOT_CUSTOM } as const;
    if (role.name === name) return { ok: true, id: role.id } as const;
    if (await roleNameTaken(tx, tenantId, name, role.id)) return { ok: false, field: "name", error: ROLE_NAME_TAKEN } as const;
    await tx.staffRole.update({ where: { id: role.id, tenantId }, data: { name } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "staff.role_changed",
        entityType: "StaffRole",
        entityId: role.id,
        data: { roleKey: role.key, changed: ["name"] },
      },
      tx,
    );
    return { ok: true, id: role.id } as const;
  });
}
