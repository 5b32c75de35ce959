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
import { STAFF_NOT_FOUND } from "./staff-permissions";

const NOT_DISABLED = "rights.errors.notDisabled" satisfies MessageKey;

/**
 * Lets a disabled staff member sign in again with their existing password and second factor; sessions
 * from before the lock stay ended. An account that never finished registration goes back to "invited".
 */
export async function enableStaff(ctx: RequestContext | null, input: unknown): Promise<InvitationResult<{ enabled: true }>> {
  requireStaff(ctx);
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return refuse(STAFF_NOT_FOUND);
  const tenantId = ctx.tenant.id;

  return db.$transaction(async (tx) => {
    const found = await findManagedStaff(tx, ctx, parsed.data.userId);
    if (!found.ok) return found;
    if (found.staff.status !== "DISABLED") return refuse(NOT_DISABLED);
    const account = await tx.user.findFirstOrThrow({ where: { id: found.staff.id, tenantId }, select: { passwordHash: true } });
    await tx.user.update({
      where: { id: found.staff.id, tenantId },
      data: { status: account.passwordHash ? "ACTIVE" : "INVITED" },
    });
    await writeAudit({ ...actorAudit(ctx), action: "staff.enabled", entityType: "User", entityId: found.staff.id }, tx);
    return { ok: true as const, data: { enabled: true as const } };
  });
}
