import "server-only";
import type { ActionResult } from "../../actions/account/action-result";
import { operatorAudit } from "../../audit/operator-audit";
import { writeAudit } from "../../audit/write-audit";
import { db, Prisma } from "../../db/client";
import type { Msg } from "../../i18n/message-key";
import { PLATFORM_AUDIT } from "../../platform/platform-audit-actions";
import { requirePlatform, type PlatformContext } from "../../platform/platform-context";
import { createTenantInput } from "../../validation/platform";
import { DEFAULT_STAFF_ROLES } from "../../tenant/default-staff-roles";
import { clearTenantCache } from "../../tenant/resolve-tenant";
import { fieldErrorsFrom } from "../../validation/field-errors";
import { normalizeMobile } from "../invitations/mask-contact";
import { sendOwnerInvitation } from "./send-owner-invitation";

const SLUG_TAKEN = "platformAdmin.create.validation.slugTaken" satisfies Msg;
const BAD_MOBILE = "platformAdmin.create.validation.ownerMobileInvalid" satisfies Msg;

/**
 * "Neuen Mandanten anlegen": in one transaction the tenant, its default staff roles, the owner's
 * INVITED staff account and the owner's invitation e-mail (link on the tenant's sub-domain), plus
 * the audit row. A refused slug or bad input creates nothing.
 */
export async function createTenant(
  ctx: PlatformContext | null,
  input: unknown,
): Promise<ActionResult<{ tenantId: string; slug: string }>> {
  requirePlatform(ctx);
  const parsed = createTenantInput.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "common.errors.checkInput", fieldErrors };
  }
  const { slug, firmName, ownerFirstName, ownerLastName, ownerEmail, locale } = parsed.data;
  const phone = normalizeMobile(parsed.data.ownerMobile);
  if (!phone) return { ok: false, error: BAD_MOBILE, fieldErrors: { ownerMobile: BAD_MOBILE } };
  const slugTaken: ActionResult<never> = { ok: false, error: SLUG_TAKEN, fieldErrors: { slug: SLUG_TAKEN } };
  if (await db.tenant.findUnique({ where: { slug }, select: { id: true } })) return slugTaken;

  try {
    const created = await db.$transaction(async (tx) => {
      const tenant = await tx.tenant.create({
        // A Swiss office bills in francs; the owner can change both in the settings.
        data: { slug, name: firmName, locale, currency: locale === "de_CH" ? "CHF" : "EUR" },
        select: { id: true, slug: true, name: true, contactEmail: true },
      });
      await tx.staffRole.createMany({ data: DEFAULT_STAFF_ROLES.map((role) => ({ tenantId: tenant.id, ...role })) });
      const ownerRole = await tx.staffRole.findUniqueOrThrow({
        where: { tenantId_key: { tenantId: tenant.id, key: "owner" } },
        select: { id: true, name: true },
      });
      const owner = await tx.user.create({
        data: {
          tenantId: tenant.id,
          kind: "STAFF",
          status: "INVITED",
          email: ownerEmail,
          phone,
          firstName: ownerFirstName,
          lastName: ownerLastName,
          staffRoleId: ownerRole.id,
        },
        select: { id: true, email: true, firstName: true, lastName: true },
      });
      const sent = await sendOwnerInvitation(tx, {
        tenant,
        owner: { ...owner, roleName: ownerRole.name },
        operatorId: ctx.operator.id,
      });
      await writeAudit(
        {
          ...operatorAudit(ctx, tenant.id),
          action: PLATFORM_AUDIT.tenantCreated,
          entityType: "Tenant",
          entityId: tenant.id,
          data: { operatorId: ctx.operator.id, ownerUserId: owner.id, invitationId: sent.invitationId },
        },
        tx,
      );
      return tenant;
    });
    // A visit to the address before it existed may be cached as "unknown".
    clearTenantCache();
    return { ok: true, data: { tenantId: created.id, slug: created.slug } };
  } catch (error) {
    // Two operators creating the same slug at once: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return slugTaken;
    throw error;
  }
}
