import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import type { MessageKey } from "../../i18n/message-key";
import { staffUserInput } from "../../validation/staff-invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { refuse, type InvitationResult } from "../invitations/result";
import { findManagedStaff } from "./find-managed-staff";
import { isLastActiveOwner, lockOwners } from "./owner-guard";
import { STAFF_NOT_FOUND } from "./staff-permissions";

const OWN_ACCESS = "rights.errors.ownAccess" satisfies MessageKey;
const LAST_OWNER = "rights.errors.lastOwnerDisable" satisfies MessageKey;
const NOT_ACTIVE = "rights.errors.notActive" satisfies MessageKey;

/**
 * Locks a registered staff member out (owners and admins; only owners lock out owners): the account is
 * disabled and its sessionVersion raised, so every open session ends with the next request. Nobody
 * disables themselves or the last active owner. Open invitations are revoked instead (see the list).
 */
export async function disableStaff(ctx: RequestContext | null, input: unknown): Promise<InvitationResult<{ disabled: true }>> {
  requireStaff(ctx);
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return refuse(STAFF_NOT_FOUND);
  const { userId } = parsed.data;
  if (userId === ctx.actor.id) return refuse(OWN_ACCESS);
  const tenantId = ctx.tenant.id;

  return db.$transaction(async (tx) => {
    await lockOwners(tx, tenantId);
    const found = await findManagedStaff(tx, ctx, userId);
    if (!found.ok) return found;
    const { staff } = found;
    if (staff.status !== "ACTIVE") return refuse(NOT_ACTIVE);
    if (await isLastActiveOwner(tx, tenantId, staff)) return refuse(LAST_OWNER);

    await tx.user.update({
      where: { id: staff.id, tenantId },
      data: { status: "DISABLED", sessionVersion: { increment: 1 } },
    });
    await writeAudit({ ...actorAudit(ctx), action: "staff.disabled", entityType: "User", entityId: staff.id }, tx);
    return { ok: true as const, data: { disabled: true as const } };
  });
}
