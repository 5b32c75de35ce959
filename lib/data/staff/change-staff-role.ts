import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { MessageKey } from "../../i18n/message-key";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { changeStaffRoleInput } from "../../validation/staff-roles";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { refuse, type InvitationResult } from "../invitations/result";
import { findManagedStaff } from "./find-managed-staff";
import { isLastActiveOwner, lockOwners } from "./owner-guard";
import { mayManageRole, NO_OWNER_RIGHT } from "./staff-permissions";

const OWN_ROLE = "rights.errors.ownRole" satisfies MessageKey;
const LAST_OWNER = "rights.errors.lastOwner" satisfies MessageKey;
const ROLE_UNKNOWN = "broker.staff.errors.roleUnknown" satisfies MessageKey;

/**
 * Gives a staff member another role of the office (owners and admins; only owners touch owners).
 * Nobody changes their own role, and the last active owner stays an owner. Takes effect on the
 * member's next request; audited as `staff.role_assigned` with the old and new role key.
 */
export async function changeStaffRole(
  ctx: RequestContext | null,
  input: unknown,
): Promise<InvitationResult<{ changed: boolean }>> {
  requireStaff(ctx);
  const parsed = changeStaffRoleInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return refuse(Object.values(fieldErrors)[0] ?? "common.errors.checkInput", { fieldErrors });
  }
  const { userId, roleKey } = parsed.data;
  if (userId === ctx.actor.id) return refuse(OWN_ROLE);
  const tenantId = ctx.tenant.id;

  return db.$transaction(async (tx) => {
    await lockOwners(tx, tenantId);
    const found = await findManagedStaff(tx, ctx, userId);
    if (!found.ok) return found;
    const { staff } = found;
    const role = await tx.staffRole.findUnique({
      where: { tenantId_key: { tenantId, key: roleKey } },
      select: { id: true, key: true },
    });
    if (!role) return refuse(ROLE_UNKNOWN, { fieldErrors: { roleKey: ROLE_UNKNOWN } });
    if (!mayManageRole(ctx.actor, role.key)) return refuse(NO_OWNER_RIGHT, { fieldErrors: { roleKey: NO_OWNER_RIGHT } });
    if (role.key === staff.role.key) return { ok: true as const, data: { changed: false } };
    if (await isLastActiveOwner(tx, tenantId, staff)) return refuse(LAST_OWNER);

    await tx.user.update({ where: { id: staff.id, tenantId }, data: { staffRoleId: role.id } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "staff.role_assigned",
        entityType: "User",
        entityId: staff.id,
        data: { from: staff.role.key, to: role.key },
      },
      tx,
    );
    return { ok: true as const, data: { changed: true } };
  });
}
