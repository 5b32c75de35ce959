import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { writeAudit } from "../../audit/write-audit";
import { now } from "../../clock";
import { enqueueEmail } from "../../jobs/enqueue-message";
import { invitationEmail } from "../../mail/templates/invitation-email";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";
import { invitationCustomerInput, type InvitationCustomerInput } from "../../validation/invitation";
import { requireStaff } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { customerAccessWhere } from "../customers/customer-access";
import { newInvitationToken } from "./invitation-token";
import { normalizeMobile } from "./mask-contact";
import { refuse, type InvitationResult } from "./result";

export const INVITATION_VALIDITY_MS = 48 * 60 * 60 * 1000;

const NOT_FOUND = "Dieser Kunde wurde nicht gefunden.";

/**
 * Invites a customer to the portal: creates (or reuses) the customer's INVITED account from the
 * customer record, revokes older open invitations, stores only the token's hash and queues the
 * branded e-mail in the same transaction. Staff invitations are not covered yet (issue #4).
 */
export async function sendInvitation(
  ctx: RequestContext | null,
  params: InvitationCustomerInput,
): Promise<InvitationResult<{ invitationId: string; sentAt: Date; expiresAt: Date }>> {
  requireStaff(ctx);
  const parsed = invitationCustomerInput.safeParse(params);
  if (!parsed.success) return refuse(NOT_FOUND);
  if (!ctx.actor.role.rights.editCustomers) return refuse("Sie haben keine Berechtigung, Kunden einzuladen.");

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
  if (customer.restrictedAt) return refuse("Die Daten dieses Kunden sind gesperrt (Einschränkung der Verarbeitung).");

  const email = customer.email?.trim().toLowerCase() ?? "";
  if (!email) return refuse("Für diesen Kunden ist keine E-Mail-Adresse hinterlegt. Bitte ergänzen Sie sie vor der Einladung.");
  if (!z.email().safeParse(email).success) return refuse("Die hinterlegte E-Mail-Adresse des Kunden ist ungültig.");
  if (!customer.mobile) {
    return refuse(
      "Für diesen Kunden ist keine Mobilnummer hinterlegt. Sie wird für den SMS-Code der Registrierung benötigt – bitte ergänzen Sie sie.",
    );
  }
  const phone = normalizeMobile(customer.mobile);
  if (!phone) return refuse("Die hinterlegte Mobilnummer ist ungültig. Bitte erfassen Sie sie im Format +49 170 1234567.");

  const tenant = await db.tenant.findUniqueOrThrow({
    where: { id: ctx.tenant.id },
    select: { id: true, slug: true, name: true, primaryColor: true, contactEmail: true },
  });
  const baseUrl = await tenantBaseUrl(tenant);
  const { token, tokenHash } = newInvitationToken();
  const sentAt = now();
  const expiresAt = new Date(sentAt.getTime() + INVITATION_VALIDITY_MS);
  const firstName = customer.kind === "PERSON" ? customer.firstName : null;
  const lastName = customer.kind === "PERSON" ? customer.lastName : customer.companyName;

  return db.$transaction(async (tx) => {
    const byEmail = await tx.user.findUnique({
      where: { tenantId_email: { tenantId: tenant.id, email } },
      select: { id: true, kind: true, customerId: true, status: true },
    });
    if (byEmail && (byEmail.kind !== "CUSTOMER" || byEmail.customerId !== customer.id)) {
      return refuse(
        byEmail.status === "ACTIVE"
          ? "Diese E-Mail-Adresse wird bereits von einem anderen aktiven Zugang verwendet."
          : "Diese E-Mail-Adresse ist bereits für einen anderen Zugang vorgesehen.",
      );
    }
    const existing =
      byEmail ??
      (await tx.user.findFirst({
        where: { tenantId: tenant.id, customerId: customer.id, kind: "CUSTOMER", contactPersonId: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, customerId: true, status: true },
      }));
    if (existing?.status === "ACTIVE") return refuse("Dieser Kunde ist bereits im Portal registriert.");
    if (existing?.status === "DISABLED")
      return refuse("Der Portalzugang dieses Kunden ist gesperrt und kann nicht neu eingeladen werden.");

    const userData = { email, phone, firstName, lastName };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: userData, select: { id: true } })
      : await tx.user.create({
          data: { ...userData, tenantId: tenant.id, kind: "CUSTOMER", status: "INVITED", customerId: customer.id },
          select: { id: true },
        });

    // One open invitation per account; codes sent for an older one end too.
    await tx.invitation.updateMany({
      where: { tenantId: tenant.id, userId: user.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: sentAt },
    });
    await tx.oneTimeCode.updateMany({
      where: {
        tenantId: tenant.id,
        userId: user.id,
        purpose: { in: ["REGISTER_EMAIL", "REGISTER_PHONE"] },
        consumedAt: null,
        expiresAt: { gt: sentAt },
      },
      data: { expiresAt: sentAt },
    });
    const invitation = await tx.invitation.create({
      data: {
        tenantId: tenant.id,
        userId: user.id,
        email,
        tokenHash,
        expiresAt,
        sentAt,
        createdById: ctx.actor.id,
        createdAt: sentAt,
      },
      select: { id: true },
    });

    const mail = invitationEmail({
      tenantName: tenant.name,
      primaryColor: tenant.primaryColor,
      recipientName: [firstName, lastName].filter(Boolean).join(" ") || null,
      link: `${baseUrl}/register/${token}`,
      expiresAt,
    });
    await enqueueEmail(tx, { tenantId: tenant.id, to: email, ...mail, replyTo: tenant.contactEmail ?? undefined });
    await writeAudit(
      {
        tenantId: tenant.id,
        actorUserId: ctx.actor.id,
        actorKind: "staff",
        action: "invitation.sent",
        entityType: "Invitation",
        entityId: invitation.id,
        customerId: customer.id,
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        data: { userId: user.id, expiresAt: expiresAt.toISOString(), reused: Boolean(existing) },
      },
      tx,
    );
    return { ok: true as const, data: { invitationId: invitation.id, sentAt, expiresAt } };
  });
}
