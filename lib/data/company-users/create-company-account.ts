import "server-only";
import { actorAudit } from "../../audit/actor-audit";
import { writeAudit } from "../../audit/write-audit";
import { db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { msg } from "../../i18n/message-key";
import { companyAccountInput, type CompanyAccountInput } from "../../validation/company-user";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { AccessDeniedError } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { accountContactData } from "./account-contact-data";
import type { CompanyUserResult } from "./company-user-result";
import { requireUserManager } from "./require-user-manager";
import { invitationTenant, sendCompanyInvitation } from "./send-company-invitation";
import { INVITATIONS_PER_HOUR, invitationLimitReached, lockUserManagerCompany, RESTRICTED } from "./user-manager-company";

/**
 * "Portalkonto erstellen": the user manager opens a portal account for a contact person of their own
 * company with role sets from the broker's ceiling (never USER_MANAGER). In one transaction: the INVITED
 * account (login e-mail and SMS number from the contact), its roles (granted by the user manager), the
 * invitation with its e-mail in the outbox, and the audit entry. The new user registers like any invited
 * customer (/register/<token>: e-mail code, SMS code, password). Result id: the new account's user id.
 * Refused for a restricted company and beyond INVITATIONS_PER_HOUR invitations per company and hour.
 */
export async function createCompanyAccount(ctx: RequestContext | null, input: CompanyAccountInput): Promise<CompanyUserResult> {
  requireUserManager(ctx);
  const companyId = ctx.actor.company.companyId;
  const parsed = companyAccountInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: fieldErrors.roles ?? "common.errors.checkInput", fieldErrors };
  }
  const { contactId, roles } = parsed.data;
  const target = await invitationTenant(ctx);

  try {
    return await db.$transaction(async (tx): Promise<CompanyUserResult> => {
      // The ceiling, the restriction and the hourly limit are checked under the company row's lock.
      const company = await lockUserManagerCompany(tx, ctx);
      if (company.restricted) return RESTRICTED;
      const contact = await tx.contactPerson.findFirst({
        where: { id: contactId, tenantId: ctx.tenant.id, customerId: companyId },
        select: { id: true, firstName: true, lastName: true, email: true, mobile: true, user: { select: { id: true } } },
      });
      // Another company's (or tenant's) contact is refused like a missing one; nothing is written.
      if (!contact) throw new AccessDeniedError("contact person not in own company");
      if (roles.some((role) => !company.assignable.includes(role))) {
        return { ok: false, field: "roles", error: "companyUsers.errors.roleNotAllowed" };
      }
      if (contact.user) return { ok: false, error: "companyUsers.errors.accountExists" };
      const login = accountContactData(contact);
      if (!login.ok) return login;
      if (await invitationLimitReached(tx, ctx)) {
        return { ok: false, error: msg("companyUsers.errors.tooManyInvitations", { limit: INVITATIONS_PER_HOUR }) };
      }
      // One message whatever account holds the address (staff or customer, active or not).
      const byEmail = await tx.user.findUnique({
        where: { tenantId_email: { tenantId: ctx.tenant.id, email: login.email } },
        select: { id: true },
      });
      if (byEmail) return { ok: false, field: "email", error: "companyUsers.errors.emailUnavailable" };
      const user = await tx.user.create({
        data: {
          tenantId: ctx.tenant.id,
          kind: "CUSTOMER",
          status: "INVITED",
          customerId: companyId,
          contactPersonId: contact.id,
          email: login.email,
          phone: login.phone,
          firstName: contact.firstName,
          lastName: contact.lastName,
        },
        select: { id: true, email: true, firstName: true, lastName: true },
      });
      await tx.companyUserRole.createMany({
        data: roles.map((role) => ({
          tenantId: ctx.tenant.id,
          userId: user.id,
          role,
          grantedBy: "USER_MANAGER" as const,
          grantedById: ctx.actor.id,
        })),
      });
      const invitation = await sendCompanyInvitation(tx, ctx, { target, user });
      await writeAudit(
        {
          ...actorAudit(ctx),
          action: "companyUser.created",
          entityType: "User",
          entityId: user.id,
          customerId: company.id,
          data: {
            contactPersonId: contact.id,
            roles,
            invitationId: invitation.invitationId,
            expiresAt: invitation.expiresAt.toISOString(),
          },
        },
        tx,
      );
      return { ok: true, id: user.id };
    });
  } catch (error) {
    // A second tab created the account, or another account took the e-mail, in the meantime.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return JSON.stringify(error.meta ?? {}).includes("email")
        ? { ok: false, field: "email", error: "companyUsers.errors.emailUnavailable" }
        : { ok: false, error: "companyUsers.errors.accountExists" };
    }
    throw error;
  }
}
