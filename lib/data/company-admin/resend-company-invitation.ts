import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { invitationEmail } from "../../mail/templates/invitation-email";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import type { RequestContext } from "../context/types";
import { createInvitationForUser } from "../invitations/create-invitation-for-user";
import { accountName, companyAccountFor, refuseWith, type CompanyAdminResult } from "./company-admin-access";

/** Sends a fresh 48 h invitation to a company account that has not registered yet (older links end). */
export async function resendCompanyInvitation(
  ctx: RequestContext | null,
  userId: string,
): Promise<CompanyAdminResult<{ invitationId: string; expiresAt: Date }>> {
  const { ctx: staff, account } = await companyAccountFor(ctx, userId, "write");
  if (account.status !== "INVITED") return refuseWith("companyAdmin.errors.notInvited");
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: staff.tenant.id },
    select: { id: true, slug: true, name: true, contactEmail: true },
  });
  const baseUrl = await tenantBaseUrl(tenant);
  return db.$transaction(async (tx) => {
    const { invitationId, expiresAt } = await createInvitationForUser(tx, {
      tenant,
      baseUrl,
      user: { id: account.id, email: account.email },
      createdById: staff.actor.id,
      mail: (m) => invitationEmail({ tenantName: tenant.name, recipientName: accountName(account), ...m }),
    });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "companyUser.invitationResent",
        entityType: "User",
        entityId: account.id,
        customerId: account.customerId,
        data: { invitationId },
      },
      tx,
    );
    return { ok: true as const, data: { invitationId, expiresAt } };
  });
}
