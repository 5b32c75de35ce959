import "server-only";
import type { Prisma } from "../../db/generated/client";
import { invitationEmail } from "../../mail/templates/invitation-email";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { createInvitationForUser } from "../invitations/create-invitation-for-user";
import type { RequestContext } from "../context/types";
import { db } from "../../db/client";

/** Tenant data an invitation needs; read before the transaction. */
export async function invitationTenant(ctx: RequestContext) {
  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { id: true, slug: true, name: true, contactEmail: true },
  });
  return { tenant, baseUrl: await tenantBaseUrl(tenant) };
}

/**
 * Queues the onboarding invitation of a company account (same e-mail, link and registration flow as a
 * broker's invitation) inside the caller's transaction; older open invitations of the account end.
 */
export async function sendCompanyInvitation(
  tx: Prisma.TransactionClient,
  ctx: RequestContext,
  params: {
    target: Awaited<ReturnType<typeof invitationTenant>>;
    user: { id: string; email: string; firstName: string | null; lastName: string | null };
  },
) {
  const { tenant, baseUrl } = params.target;
  const { user } = params;
  return createInvitationForUser(tx, {
    tenant,
    baseUrl,
    user: { id: user.id, email: user.email },
    createdById: ctx.actor.id,
    mail: (m) =>
      invitationEmail({
        tenantName: tenant.name,
        recipientName: [user.firstName, user.lastName].filter(Boolean).join(" ") || null,
        ...m,
      }),
  });
}
