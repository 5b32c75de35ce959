import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { msg } from "../../i18n/message-key";
import type { RequestContext } from "../context/types";
import { accountContactData } from "./account-contact-data";
import { companyAccountTarget, outOfReach } from "./company-account-target";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { invitationTenant, sendCompanyInvitation } from "./send-company-invitation";
import { INVITATIONS_PER_HOUR, invitationLimitReached, lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

const EMAIL_UNAVAILABLE = { ok: false as const, field: "email", error: "companyUsers.errors.emailUnavailable" as const };

/**
 * "Einladung erneut senden" for an account that has not registered yet: a fresh 48 h link (the old one
 * ends) to the contact's current e-mail and mobile number, which the account takes over. Only for an
 * account within the user manager's reach (no user manager, no roles only the broker can grant): otherwise
 * editing the contact and resending would hand the broker's roles to whoever owns the new address.
 * At most INVITATIONS_PER_HOUR invitations per company and hour.
 */
export async function resendCompanyInvitation(ctx: RequestContext | null, userId: string): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  const target = await invitationTenant(ctx);

  try {
    return await db.$transaction(async (tx): Promise<CompanyUserResult> => {
      const company = await lockUserManagerCompany(tx, ctx);
      if (company.restricted) return RESTRICTED;
      const user = await companyAccountTarget(tx, ctx, company, userId);
      // The own account is signed in, so registered: nothing to resend.
      if (user.isSelf) return { ok: false, error: "companyUsers.errors.notInvited" };
      const refusal = outOfReach(user);
      if (refusal) return refusal;
      if (user.status !== "INVITED") return { ok: false, error: "companyUsers.errors.notInvited" };
      const contact = await tx.contactPerson.findUniqueOrThrow({
        where: { id: user.contactPersonId },
        select: { firstName: true, lastName: true, email: true, mobile: true },
      });
      const login = accountContactData(contact);
      if (!login.ok) return login;
      if (await invitationLimitReached(tx, ctx)) {
        return { ok: false, error: msg("companyUsers.errors.tooManyInvitations", { limit: INVITATIONS_PER_HOUR }) };
      }
      if (login.email !== user.email) {
        // One message whatever account holds the address (staff or customer, active or not).
        const byEmail = await tx.user.findUnique({
          where: { tenantId_email: { tenantId: ctx.tenant.id, email: login.email } },
          select: { id: true },
        });
        if (byEmail) return EMAIL_UNAVAILABLE;
      }
      // Still INVITED at write time: a registration finishing meanwhile is not overwritten.
      const { count } = await tx.user.updateMany({
        where: { id: user.id, tenantId: ctx.tenant.id, status: "INVITED" },
        data: { email: login.email, phone: login.phone, firstName: contact.firstName, lastName: contact.lastName },
      });
      if (count === 0) return { ok: false, error: "companyUsers.errors.notInvited" };
      const invitation = await sendCompanyInvitation(tx, ctx, {
        target,
        user: { id: user.id, email: login.email, firstName: contact.firstName, lastName: contact.lastName },
      });
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "companyUser.invitationResent",
          entityType: "User",
          entityId: user.id,
          customerId: company.id,
          data: {
            invitationId: invitation.invitationId,
            expiresAt: invitation.expiresAt.toISOString(),
            emailChanged: login.email !== user.email,
          },
        },
        tx,
      );
      return { ok: true, id: user.id };
    });
  } catch (error) {
    // Another account took the address between the check and the update.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return EMAIL_UNAVAILABLE;
    throw error;
  }
}
