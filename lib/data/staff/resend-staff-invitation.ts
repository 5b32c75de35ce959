import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { staffUserInput } from "../../validation/staff-invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { createInvitationForUser } from "../invitations/create-invitation-for-user";
import { refuse, type InvitationResult } from "../invitations/result";
import { findManagedStaff } from "./find-managed-staff";
import { staffInvitationEmail } from "../../mail/templates/staff-invitation-email";
import { STAFF_NOT_FOUND } from "./staff-permissions";

/** Sends a staff member who has not registered yet a fresh link; the older link stops working. */
export async function resendStaffInvitation(
  ctx: RequestContext | null,
  input: unknown,
): Promise<InvitationResult<{ invitationId: string; sentAt: Date; expiresAt: Date }>> {
  requireStaff(ctx);
  const parsed = staffUserInput.safeParse(input);
  if (!parsed.success) return refuse(STAFF_NOT_FOUND);
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { id: true, slug: true, name: true, contactEmail: true },
  });
  const baseUrl = await tenantBaseUrl(tenant);

  return db.$transaction(async (tx) => {
    const found = await findManagedStaff(tx, ctx, parsed.data.userId);
    if (!found.ok) return found;
    const { staff } = found;
    if (staff.status === "ACTIVE") return refuse("broker.staff.errors.alreadyRegistered");
    if (staff.status === "DISABLED") return refuse("broker.staff.errors.disabled");
    const sent = await createInvitationForUser(tx, {
      tenant,
      baseUrl,
      user: { id: staff.id, email: staff.email },
      createdById: ctx.actor.id,
      mail: (m) =>
        staffInvitationEmail({
          tenantName: tenant.name,
          recipientName: [staff.firstName, staff.lastName].filter(Boolean).join(" ") || staff.email,
          roleName: staff.role.name,
          roleKey: staff.role.key,
          ...m,
        }),
    });
    await writeAudit(
      {
        tenantId: tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: "staff",
        action: "staff.invitation_resent",
        entityType: "User",
        entityId: staff.id,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: { invitationId: sent.invitationId, expiresAt: sent.expiresAt.toISOString() },
      },
      tx,
    );
    return { ok: true as const, data: sent };
  });
}
