import "server-only";
import type { MessageKey } from "../../i18n/message-key";
import { db, Prisma } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { staffInvitationInput } from "../../validation/staff-invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { createInvitationForUser } from "../invitations/create-invitation-for-user";
import { normalizeMobile } from "../invitations/mask-contact";
import { refuse, type InvitationResult } from "../invitations/result";
import { staffInvitationEmail } from "../../mail/templates/staff-invitation-email";
import { canManageStaff, mayManageRole, NO_OWNER_RIGHT, NO_STAFF_RIGHT } from "./staff-permissions";

const EMAIL_TAKEN = "broker.staff.errors.emailTaken" satisfies MessageKey;
const BAD_MOBILE = "broker.staff.validation.mobileInvalid" satisfies MessageKey;

/**
 * Invites a staff member: creates their INVITED STAFF account with the tenant's role and sends the
 * same single-use 48 h registration link as for customers (e-mail code, SMS code, password; the
 * TOTP enrolment follows at the first sign-in). Only owners and admins; only owners invite owners.
 */
export async function inviteStaff(
  ctx: RequestContext | null,
  input: unknown,
): Promise<InvitationResult<{ userId: string; invitationId: string; sentAt: Date; expiresAt: Date }>> {
  requireStaff(ctx);
  if (!canManageStaff(ctx.actor)) return refuse(NO_STAFF_RIGHT);
  const parsed = staffInvitationInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return refuse(Object.values(fieldErrors)[0] ?? "common.errors.checkInput", { fieldErrors });
  }
  const { firstName, lastName, email, roleKey } = parsed.data;
  const phone = normalizeMobile(parsed.data.mobile);
  if (!phone) return refuse(BAD_MOBILE, { fieldErrors: { mobile: BAD_MOBILE } });
  if (!mayManageRole(ctx.actor, roleKey)) return refuse(NO_OWNER_RIGHT, { fieldErrors: { roleKey: NO_OWNER_RIGHT } });

  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { id: true, slug: true, name: true, contactEmail: true },
  });
  const role = await db.staffRole.findUnique({
    where: { tenantId_key: { tenantId: tenant.id, key: roleKey } },
    select: { id: true, key: true, name: true },
  });
  if (!role) return refuse("broker.staff.errors.roleNotSetUp", { fieldErrors: { roleKey: "broker.staff.errors.roleUnknown" } });
  const baseUrl = await tenantBaseUrl(tenant);

  try {
    return await db.$transaction(async (tx) => {
      const taken = await tx.user.findUnique({ where: { tenantId_email: { tenantId: tenant.id, email } }, select: { id: true } });
      if (taken) return refuse(EMAIL_TAKEN, { fieldErrors: { email: EMAIL_TAKEN } });
      const user = await tx.user.create({
        data: { tenantId: tenant.id, kind: "STAFF", status: "INVITED", email, phone, firstName, lastName, staffRoleId: role.id },
        select: { id: true },
      });
      const sent = await createInvitationForUser(tx, {
        tenant,
        baseUrl,
        user: { id: user.id, email },
        createdById: ctx.actor.id,
        mail: (m) =>
          staffInvitationEmail({
            tenantName: tenant.name,
            recipientName: `${firstName} ${lastName}`,
            roleName: role.name,
            roleKey: role.key,
            ...m,
          }),
      });
      await writeAudit(
        {
          tenantId: tenant.id,
          actorUserId: ctx.actor.id,
          actorKind: "staff",
          action: "staff.invited",
          entityType: "User",
          entityId: user.id,
          ip: ctx.ip,
          userAgent: ctx.userAgent,
          data: { roleKey, invitationId: sent.invitationId, expiresAt: sent.expiresAt.toISOString() },
        },
        tx,
      );
      return { ok: true as const, data: { userId: user.id, ...sent } };
    });
  } catch (error) {
    // two invitations for the same address at once: the unique index decides
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return refuse(EMAIL_TAKEN, { fieldErrors: { email: EMAIL_TAKEN } });
    }
    throw error;
  }
}
