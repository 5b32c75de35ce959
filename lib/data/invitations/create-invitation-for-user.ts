import type { Prisma } from "../../db/generated/client";
import { now } from "../../clock";
import { localeFromDb, type AppLocale } from "../../i18n/locales";
import { enqueueBrandedEmail } from "../../jobs/enqueue-branded-email";
import type { MailContent } from "../../mail/branded/mail-content";
import { newInvitationToken } from "./invitation-token";

export const INVITATION_VALIDITY_MS = 48 * 60 * 60 * 1000;

/** Builds the invitation's content; the branded frame and the sender come from enqueueBrandedEmail. */
export type InvitationMail = (m: { link: string; expiresAt: Date; locale: AppLocale }) => MailContent;

/**
 * The one way an invitation comes to be (customers and staff alike): ends the account's older open
 * invitations and registration codes, stores only the hash of a fresh 48 h token and queues the
 * e-mail with the /register/ link in the caller's transaction, in the recipient's language (their
 * own choice, else the tenant's). The caller checks rights and audits.
 */
export async function createInvitationForUser(
  tx: Prisma.TransactionClient,
  params: {
    tenant: { id: string; contactEmail: string | null };
    baseUrl: string;
    user: { id: string; email: string };
    createdById: string;
    mail: InvitationMail;
  },
): Promise<{ invitationId: string; sentAt: Date; expiresAt: Date }> {
  const { tenant, user } = params;
  const { token, tokenHash } = newInvitationToken();
  const sentAt = now();
  const expiresAt = new Date(sentAt.getTime() + INVITATION_VALIDITY_MS);

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
      email: user.email,
      tokenHash,
      expiresAt,
      sentAt,
      createdById: params.createdById,
      createdAt: sentAt,
    },
    select: { id: true },
  });
  const recipient = await tx.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { locale: true, tenant: { select: { locale: true } } },
  });
  const locale = localeFromDb(recipient.locale ?? recipient.tenant.locale);
  await enqueueBrandedEmail(tx, {
    tenantId: tenant.id,
    to: user.email,
    locale,
    content: params.mail({ link: `${params.baseUrl}/register/${token}`, expiresAt, locale }),
    replyTo: tenant.contactEmail ?? undefined,
  });
  return { invitationId: invitation.id, sentAt, expiresAt };
}
