import "server-only";
import type { ActionResult } from "../../actions/account/action-result";
import { operatorAudit } from "../../audit/operator-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { requirePlatform, type PlatformContext } from "../../platform/platform-context";
import { tenantIdInput } from "../../validation/platform";
import { TENANT_NOT_FOUND } from "./change-tenant-status";
import { findTenantOwner } from "./find-tenant-owner";
import { sendOwnerInvitation } from "./send-owner-invitation";

/** "Einladung erneut senden": a fresh 48 h link for an owner who has not registered; the older link ends. */
export async function resendOwnerInvitation(
  ctx: PlatformContext | null,
  input: unknown,
): Promise<ActionResult<{ sentAt: Date; expiresAt: Date }>> {
  requirePlatform(ctx);
  const parsed = tenantIdInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: TENANT_NOT_FOUND };
  return db.$transaction(async (tx) => {
    const tenant = await tx.tenant.findUnique({
      where: { id: parsed.data.tenantId },
      select: { id: true, slug: true, name: true, contactEmail: true, status: true },
    });
    if (!tenant) return { ok: false as const, error: TENANT_NOT_FOUND };
    if (tenant.status !== "ACTIVE") return { ok: false as const, error: "platformAdmin.errors.suspendedNoInvitation" };
    const owner = await findTenantOwner(tx, tenant.id);
    if (!owner) return { ok: false as const, error: "platformAdmin.errors.noOwner" };
    if (owner.status !== "INVITED") return { ok: false as const, error: "platformAdmin.errors.ownerRegistered" };
    const sent = await sendOwnerInvitation(tx, {
      tenant,
      owner: { ...owner, roleName: owner.staffRole?.name ?? "" },
      operatorId: ctx.operator.id,
    });
    await writeAudit(
      {
        ...operatorAudit(ctx, tenant.id),
        action: "invitation.sent",
        entityType: "Invitation",
        entityId: sent.invitationId,
        data: { operatorId: ctx.operator.id, userId: owner.id, expiresAt: sent.expiresAt.toISOString() },
      },
      tx,
    );
    return { ok: true as const, data: { sentAt: sent.sentAt, expiresAt: sent.expiresAt } };
  });
}
