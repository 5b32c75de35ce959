import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { deleteOldAvatar, lockOwnStaffRow, type AvatarResult } from "./own-avatar";

/** "Foto entfernen": the signed-in staff member's own photo leaves the row and S3; customers see initials again. */
export async function removeOwnAvatar(ctx: RequestContext | null): Promise<AvatarResult> {
  requireStaff(ctx);
  const tenantId = ctx.tenant.id;
  const userId = ctx.actor.id;
  const previous = await db.$transaction(async (tx) => {
    const own = await lockOwnStaffRow(tx, tenantId, userId);
    if (!own) throw new AccessDeniedError("own staff account");
    if (!own.avatarKey) return null;
    await tx.user.update({ where: { id: userId, tenantId }, data: { avatarKey: null } });
    await writeAudit(
      {
        ...actorAudit(ctx),
        action: "staff.avatarChanged",
        entityType: "User",
        entityId: userId,
        data: { fields: ["avatarKey"], removed: true },
      },
      tx,
    );
    return own.avatarKey;
  });
  await deleteOldAvatar(previous, tenantId);
  return { ok: true };
}
