import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { invitationEmail } from "../../mail/templates/invitation-email";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { invitationCustomerInput, type InvitationCustomerInput } from "../../validation/invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { createInvitationForUser } from "./create-invitation-for-user";
import { normalizeMobile } from "./mask-contact";
import { refuse, type InvitationResult } from "./result";

export { INVITATION_VALIDITY_MS } from "./create-invitation-for-user";

const NOT_FOUND = "invitations.errors.customerNotFound";

/**
 * Invites a customer to the portal: creates (or reuses) the customer's INVITED account from the
 * customer record, revokes older open invitations, stores only the token's hash and queues the
 * branded e-mail in the same transaction. Staff invitations: lib/data/staff/invite-staff.ts (same helper).
 */
export async function sendInvitation(
  ctx: RequestContext | null,
  params: InvitationCustomerInput,
): Promise<InvitationResult<{ invitationId: string; sentAt: Date; expiresAt: Date }>> {
  requireStaff(ctx);
  const parsed = invitationCustomerInput.safeParse(params);
  if (!parsed.success) return refuse(NOT_FOUND);
  if (!ctx.actor.role.rights.editCustomers) return refuse("invitations.errors.noRightToInvite");

  const customer = await db.customer.findFirst({
    where: { AND: [{ id: parsed.data.customerId }, customerAccessWhere(ctx)] },
    select: {
      id: true,
      kind: true,
      firstName: true,
      lastName: true,
      companyName: true,
      email: true,
      mobile: true,
      restrictedAt: true,
    },
  });
  if (!customer) return refuse(NOT_FOUND);
  // A company logs in through its contact persons' accounts (company page), never as the record itself.
  if (customer.kind === "COMPANY") return refuse("invitations.errors.companyUseContacts");
  if (customer.restrictedAt) return refuse("invitations.errors.restricted");

  const email = customer.email?.trim().toLowerCase() ?? "";
  if (!email) return refuse("invitations.errors.noEmail");
  if (!z.email().safeParse(email).success) return refuse("invitations.errors.emailInvalid");
  if (!customer.mobile) return refuse("invitations.errors.noMobile");
  const phone = normalizeMobile(customer.mobile);
  if (!phone) return refuse("invitations.errors.mobileInvalid");

  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { id: true, slug: true, name: true, contactEmail: true },
  });
  const baseUrl = await tenantBaseUrl(tenant);
  const firstName = customer.kind === "PERSON" ? customer.firstName : null;
  const lastName = customer.kind === "PERSON" ? customer.lastName : customer.companyName;

  return db.$transaction(async (tx) => {
    const byEmail = await tx.user.findUnique({
      where: { tenantId_email: { tenantId: tenant.id, email } },
      select: { id: true, kind: true, customerId: true, status: true },
    });
    if (byEmail && (byEmail.kind !== "CUSTOMER" || byEmail.customerId !== customer.id)) {
      return refuse(byEmail.status === "ACTIVE" ? "invitations.errors.emailInUse" : "invitations.errors.emailReserved");
    }
    const existing =
      byEmail ??
      (await tx.user.findFirst({
        where: { tenantId: tenant.id, customerId: customer.id, kind: "CUSTOMER", contactPersonId: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, customerId: true, status: true },
      }));
    if (existing?.status === "ACTIVE") return refuse("invitations.errors.alreadyRegistered");
    if (existing?.status === "DISABLED") return refuse("invitations.errors.accountDisabled");

    const userData = { email, phone, firstName, lastName };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: userData, select: { id: true } })
      : await tx.user.create({
          data: { ...userData, tenantId: tenant.id, kind: "CUSTOMER", status: "INVITED", customerId: customer.id },
          select: { id: true },
        });

    const { invitationId, sentAt, expiresAt } = await createInvitationForUser(tx, {
      tenant,
      baseUrl,
      user: { id: user.id, email },
      createdById: ctx.actor.id,
      mail: (m) =>
        invitationEmail({
          tenantName: tenant.name,
          recipientName: [firstName, lastName].filter(Boolean).join(" ") || null,
          ...m,
        }),
    });
    await writeAudit(
      {
        tenantId: tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: "staff",
        action: "invitation.sent",
        entityType: "Invitation",
        entityId: invitationId,
        customerId: customer.id,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: { userId: user.id, expiresAt: expiresAt.toISOString(), reused: Boolean(existing) },
      },
      tx,
    );
    return { ok: true as const, data: { invitationId, sentAt, expiresAt } };
  });
}
