import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { staffUserInput } from "../../validation/staff-invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { refuse, type InvitationResult } from "../invitations/result";
import { findManagedStaff } from "./find-managed-staff";
import { STAFF_NOT_FOUND } from "./staff-permissions";

/** Revokes a staff member's open invitation; the link then shows "nicht mehr gültig". */
export async function revokeStaffInvitation(
  ctx: RequestContext | null,
  input: unknown,
): Promise<InvitationResult<{ revoked: number }>> {
  requireStaff(ctx);
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return refuse(STAFF_NOT_FOUND);

  return db.$transaction(async (tx) => {
    const found = await findManagedStaff(tx, ctx, parsed.data.userId);
    if (!found.ok) return found;
    const at = now();
    const { count } = await tx.invitation.updateMany({
      where: { tenantId: ctx.tenant.id, userId: found.staff.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: at } },
      data: { revokedAt: at },
    });
    if (count === 0) return refuse("broker.staff.errors.noOpenInvitation");
    await tx.oneTimeCode.updateMany({
      where: {
        tenantId: ctx.tenant.id,
        userId: found.staff.id,
        purpose: { in: ["REGISTER_EMAIL", "REGISTER_PHONE"] },
        consumedAt: null,
        expiresAt: { gt: at },
      },
      data: { expiresAt: at },
    });
    await writeAudit(
      {
        tenantId: ctx.tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: "staff",
        action: "staff.invitation_revoked",
        entityType: "User",
        entityId: found.staff.id,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: { revoked: count },
      },
      tx,
    );
    return { ok: true as const, data: { revoked: count } };
  });
}
