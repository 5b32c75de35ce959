import "server-only";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { invitationCustomerInput, type InvitationCustomerInput } from "../../validation/invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { refuse, type InvitationResult } from "./result";

/** Revokes the customer's open invitations; their links then show "nicht mehr gültig". */
export async function revokeInvitation(
  ctx: RequestContext | null,
  params: InvitationCustomerInput,
): Promise<InvitationResult<{ revoked: number }>> {
  requireStaff(ctx);
  const parsed = invitationCustomerInput.safeParse(params);
  if (!parsed.success) return refuse("invitations.errors.customerNotFound");
  if (!ctx.actor.role.rights.editCustomers) return refuse("invitations.errors.noRightToRevoke");
  const customer = await db.customer.findFirst({
    where: { AND: [{ id: parsed.data.customerId }, customerAccessWhere(ctx)] },
    select: { id: true },
  });
  if (!customer) return refuse("invitations.errors.customerNotFound");

  const at = now();
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: {
        tenantId: ctx.tenant.id,
        user: { customerId: customer.id, kind: "CUSTOMER" },
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { gt: at },
      },
      data: { revokedAt: at },
    });
    if (count === 0) return refuse("invitations.errors.nothingToRevoke");
    await writeAudit(
      {
        tenantId: ctx.tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: "staff",
        action: "invitation.revoked",
        entityType: "Customer",
        entityId: customer.id,
        customerId: customer.id,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: { revoked: count },
      },
      tx,
    );
    return { ok: true as const, data: { revoked: count } };
  });
}
