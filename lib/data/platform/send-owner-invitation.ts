import "server-only";
import type { Prisma } from "../../db/generated/client";
import { staffInvitationEmail } from "../../mail/templates/staff-invitation-email";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { createInvitationForUser } from "../invitations/create-invitation-for-user";

type Owner = { id: string; email: string; firstName: string | null; lastName: string | null; roleName: string };
type Tenant = { id: string; slug: string; name: string; contactEmail: string | null };

/**
 * The owner's staff invitation, exactly as a broker would send it to a colleague: the single-use
 * registration link on the tenant's own address (never the platform host), in the tenant's look.
 * `createdById` records the operator; no tenant account has that id, so the "registered" notice
 * goes to the tenant's owners and admins.
 */
export async function sendOwnerInvitation(
  tx: Prisma.TransactionClient,
  params: { tenant: Tenant; owner: Owner; operatorId: string },
): Promise<{ invitationId: string; sentAt: Date; expiresAt: Date }> {
  const { tenant, owner } = params;
  return createInvitationForUser(tx, {
    tenant,
    baseUrl: await tenantBaseUrl(tenant, tx),
    user: { id: owner.id, email: owner.email },
    createdById: params.operatorId,
    mail: (m) =>
      staffInvitationEmail({
        tenantName: tenant.name,
        recipientName: [owner.firstName, owner.lastName].filter(Boolean).join(" ") || owner.email,
        roleName: owner.roleName,
        // this is always the tenant's owner role: named in the recipient's language
        roleKey: "owner",
        ...m,
      }),
  });
}
