import "server-only";
import { actorAudit } from "../../../audit/actor-audit";
import { writeAudit } from "../../../audit/write-audit";
import { effectiveRights } from "../../../auth/staff-rights";
import { db } from "../../../db/client";
import { fieldErrorsFrom } from "../../../validation/field-errors";
import {
  isFixedRole,
  RIGHT_KEYS,
  ROLE_FIXED,
  ROLE_FLAGS,
  ROLE_NOT_FOUND,
  roleMatrixInput,
} from "../../../validation/staff-roles";
import type { RequestContext } from "../../context/types";
import { requireRoleManager, type RoleWriteResult } from "./role-access";

/**
 * Saves the role editor's matrix in one transaction. Only roles of the actor's office, never the fixed
 * owner/admin roles. Every changed role is audited as `staff.role_changed` with the names of the rights
 * and restrictions that changed. The staff members' next request already runs with the new rights
 * (the request context reads the role on every request).
 */
export async function saveRoleMatrix(ctx: RequestContext | null, input: unknown): Promise<RoleWriteResult<{ changed: number }>> {
  requireRoleManager(ctx);
  const parsed = roleMatrixInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: "common.errors.checkInput", fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  }
  const columns = parsed.data.roles;
  const ids = [...new Set(columns.map((c) => c.roleId))];
  if (ids.length !== columns.length) return { ok: false, error: "common.errors.checkInput" };
  const tenantId = ctx.tenant.id;
  const audit = actorAudit(ctx);

  return db.$transaction(async (tx) => {
    const stored = await tx.staffRole.findMany({
      where: { tenantId, id: { in: ids } },
      select: { id: true, key: true, rights: true, onlyOwnCustomers: true, hideFinancials: true, hideExpiryDates: true },
    });
    // another office's role id answers like an unknown one
    if (stored.length !== ids.length) return { ok: false, error: ROLE_NOT_FOUND } as const;
    if (stored.some((r) => isFixedRole(r.key))) return { ok: false, error: ROLE_FIXED } as const;

    let changedRoles = 0;
    for (const column of columns) {
      const current = stored.find((r) => r.id === column.roleId)!;
      const currentRights = effectiveRights(current.key, current.rights);
      const changed = [
        ...RIGHT_KEYS.filter((k) => currentRights[k] !== column.rights[k]),
        ...ROLE_FLAGS.filter((f) => current[f] !== column[f]),
      ];
      if (changed.length === 0) continue;
      changedRoles++;
      await tx.staffRole.update({
        where: { id: current.id, tenantId },
        data: {
          rights: column.rights,
          onlyOwnCustomers: column.onlyOwnCustomers,
          hideFinancials: column.hideFinancials,
          hideExpiryDates: column.hideExpiryDates,
        },
      });
      await writeAudit(
        {
          ...audit,
          action: "staff.role_changed",
          entityType: "StaffRole",
          entityId: current.id,
          data: { roleKey: current.key, changed },
        },
        tx,
      );
    }
    return { ok: true, changed: changedRoles } as const;
  });
}
