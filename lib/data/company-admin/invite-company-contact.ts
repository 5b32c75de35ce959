import "server-only";
import { z } from "zod";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db, Prisma } from "../../db/client";
import type { CompanyRole } from "../../db/generated/client";
import { invitationEmail } from "../../mail/templates/invitation-email";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { companyRolesInput } from "../../validation/company-admin";
import { AccessDeniedError, requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerWriteAccessWhere } from "../customers/customer-access";
import { createInvitationForUser } from "../invitations/create-invitation-for-user";
import { normalizeMobile } from "../invitations/mask-contact";
import { refuseWith, type CompanyAdminResult } from "./company-admin-access";

/**
 * Creates the portal account of a company's contact person and sends the invitation (the onboarding flow:
 * the contact registers with an e-mail code, an SMS code and a password). The same rules as the user
 * manager's account creation: e-mail and mobile required, the e-mail not used by any other account of the
 * tenant, one account per contact. The broker may hand out any role, USER_MANAGER included (grantedBy
 * BROKER); the company's ceiling limits only the user manager.
 */
export async function inviteCompanyContact(
  ctx: RequestContext | null,
  contactPersonId: string,
  roles: readonly CompanyRole[],
): Promise<CompanyAdminResult<{ userId: string; invitationId: string; expiresAt: Date }>> {
  requireStaff(ctx);
  if (!ctx.actor.role.rights.editCustomers) throw new AccessDeniedError("editCustomers");
  const parsedRoles = companyRolesInput.safeParse(roles);
  if (!parsedRoles.success) return refuseWith("companyAdmin.errors.invalidRoles");
  const contact = await db.contactPerson.findFirst({
    where: {
      id: contactPersonId,
      tenantId: ctx.tenant.id,
      customer: { AND: [customerWriteAccessWhere(ctx), { kind: "COMPANY" }] },
    },
    select: {
      id: true,
      customerId: true,
      firstName: true,
      lastName: true,
      email: true,
      mobile: true,
      user: { select: { id: true } },
    },
  });
  if (!contact) throw new AccessDeniedError("contact person not visible");
  if (contact.user) return refuseWith("companyAdmin.errors.hasAccount");

  const email = contact.email?.trim().toLowerCase() ?? "";
  if (!email) return refuseWith("companyAdmin.errors.noEmail");
  if (!z.email().safeParse(email).success) return refuseWith("companyAdmin.errors.emailInvalid");
  if (!contact.mobile) return refuseWith("companyAdmin.errors.noMobile");
  const phone = normalizeMobile(contact.mobile);
  if (!phone) return refuseWith("companyAdmin.errors.mobileInvalid");

  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { id: true, slug: true, name: true, contactEmail: true },
  });
  const baseUrl = await tenantBaseUrl(tenant);
  const staff = ctx;

  const created = db.$transaction(async (tx) => {
    const taken = await tx.user.findUnique({
      where: { tenantId_email: { tenantId: tenant.id, email } },
      select: { id: true },
    });
    if (taken) return refuseWith("companyAdmin.errors.emailInUse");
    const user = await tx.user.create({
      data: {
        tenantId: tenant.id,
        kind: "CUSTOMER",
        status: "INVITED",
        email,
        phone,
        firstName: contact.firstName,
        lastName: contact.lastName,
        customerId: contact.customerId,
        contactPersonId: contact.id,
      },
      select: { id: true },
    });
    if (parsedRoles.data.length > 0) {
      await tx.companyUserRole.createMany({
        data: parsedRoles.data.map((role) => ({
          tenantId: tenant.id,
          userId: user.id,
          role,
          grantedBy: "BROKER" as const,
          grantedById: staff.actor.id,
        })),
      });
    }
    const { invitationId, expiresAt } = await createInvitationForUser(tx, {
      tenant,
      baseUrl,
      user: { id: user.id, email },
      createdById: staff.actor.id,
      mail: (m) => invitationEmail({ tenantName: tenant.name, recipientName: `${contact.firstName} ${contact.lastName}`, ...m }),
    });
    await writeAudit(
      {
        ...actorAudit(staff),
        action: "companyUser.created",
        entityType: "User",
        entityId: user.id,
        customerId: contact.customerId,
        data: { contactPersonId: contact.id, roles: parsedRoles.data, grantedBy: "BROKER", invitationId },
      },
      tx,
    );
    return { ok: true as const, data: { userId: user.id, invitationId, expiresAt } };
  });
  // a concurrent invite of the same contact or e-mail loses on the unique keys (email, contactPersonId)
  return created.catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return refuseWith("companyAdmin.errors.emailInUse");
    }
    throw error;
  });
}
