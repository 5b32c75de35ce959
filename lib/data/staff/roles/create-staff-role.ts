import "server-only";
import { randomBytes } from "node:crypto";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { staffRights } from "../../../auth/staff-rights";
import { db } from "../../../db/client";
import { fieldErrorsFrom } from "../../../validation/field-errors";
import { createRoleInput, CUSTOM_ROLE_PREFIX, ROLE_NAME_TAKEN } from "../../../validation/staff-roles";
import type { RequestContext } from "../../context/types";
import { requireRoleManager, type RoleWriteResult } from "./role-access";
import { roleNameTaken } from "./role-name-taken";

/**
 * Creates an office's own role. It starts without any right, so nobody gets access by accident; the
 * owner ticks the rights in the matrix. The key is generated (names can change, keys cannot).
 */
export async function createStaffRole(
  ctx: RequestContext | null,
  input: unknown,
): Promise<RoleWriteResult<{ id: string; key: string }>> {
  requireRoleManager(ctx);
  const parsed = createRoleInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const { name } = parsed.data;
  const tenantId = ctx.tenant.id;
  const key = `${CUSTOM_ROLE_PREFIX}${randomBytes(6).toString("hex")}`;

  return db.$transaction(async (tx) => {
    if (await roleNameTaken(tx, tenantId, name, null)) return { ok: false, field: "name", error: ROLE_NAME_TAKEN } as const;
    const role = await tx.staffRole.create({
      data: { tenantId, key, name, rights: staffRights.parse({}) },
      select: { id: true },
    });
    await writeAudit(
      { ...actorAudit(ctx), action: "staff.role_created", entityType: "StaffRole", entityId: role.id, data: { roleKey: key } },
      tx,
    );
    return { ok: true, id: role.id, key } as const;
  });
}
