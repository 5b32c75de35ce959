import type { Prisma } from "../db/generated/client";
import { now } from "../clock";
import { localeFromDb } from "../i18n/locales";
import type { Msg } from "../i18n/message-key";
import { translateMessage } from "../i18n/translate-message";
import { translatorFor } from "../i18n/translator-for";
import { enqueueBrandedEmail } from "../jobs/enqueue-branded-email";
import { notificationEmail } from "../mail/templates/notification-email";
import { tenantBaseUrl } from "../tenant/tenant-base-url";
import { readEmailPreferences, type EmailCategory } from "../validation/email-preferences";

export type CustomerNotice = {
  tenantId: string;
  /** Whose folder the news is in: every active portal account of that customer is told (see onlyUserIds). */
  customerId: string;
  /**
   * Only these accounts of the customer (company customers: the users who can see the item, from
   * lib/data/company/company-recipients.ts; tickets: creator/addressee). Undefined = every account.
   */
  onlyUserIds?: readonly string[];
  /** Machine-readable kind, e.g. "document.added", "claim.status". */
  type: string;
  /** A generic catalogue text ("Neues Dokument in Ihrem Ordner") — never a title or message text. */
  title: Msg;
  /** Path inside the portal, e.g. /portal/documents; e-mails get it on the tenant's own domain. */
  link: string;
  /** Which e-mail preference governs the e-mail; the in-app notification is always written. */
  emailCategory: EmailCategory;
};

/**
 * In-app notification plus (unless the user switched that kind off) a branded e-mail without content,
 * written in the caller's transaction so news and change commit together. Returns the number of accounts told.
 */
export async function notifyCustomer(tx: Prisma.TransactionClient, n: CustomerNotice): Promise<number> {
  if (!n.link.startsWith("/portal")) throw new Error("customer notifications link into the portal");
  if (n.onlyUserIds && n.onlyUserIds.length === 0) return 0;
  const recipients = await tx.user.findMany({
    where: {
      tenantId: n.tenantId,
      customerId: n.customerId,
      kind: "CUSTOMER",
      status: "ACTIVE",
      ...(n.onlyUserIds ? { id: { in: [...n.onlyUserIds] } } : {}),
    },
    select: { id: true, email: true, locale: true, emailPreferences: true },
  });
  if (recipients.length === 0) return 0;
  const tenant = await tx.tenant.findUniqueOrThrow({
    where: { id: n.tenantId },
    select: { id: true, slug: true, name: true, locale: true },
  });
  const baseUrl = await tenantBaseUrl(tenant, tx);
  const createdAt = now();
  for (const r of recipients) {
    const locale = localeFromDb(r.locale ?? tenant.locale);
    const headline = translateMessage(translatorFor(locale), n.title);
    await tx.notification.create({
      data: { tenantId: n.tenantId, userId: r.id, type: n.type, title: headline, link: n.link, createdAt },
    });
    if (!readEmailPreferences(r.emailPreferences)[n.emailCategory]) continue;
    const content = notificationEmail({
      locale,
      tenantName: tenant.name,
      headline,
      url: `${baseUrl}${n.link}`,
      preferencesUrl: `${baseUrl}/portal/notifications`,
    });
    await enqueueBrandedEmail(tx, { tenantId: n.tenantId, to: r.email, locale, content });
  }
  return recipients.length;
}
