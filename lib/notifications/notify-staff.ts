import type { Prisma } from "../db/generated/client";
import { now } from "../clock";
import { localeFromDb } from "../i18n/locales";
import type { Msg } from "../i18n/message-key";
import { translateMessage } from "../i18n/translate-message";
import { translatorFor } from "../i18n/translator-for";
import { enqueueBrandedEmail } from "../jobs/enqueue-branded-email";
import { tenantBaseUrl } from "../tenant/tenant-base-url";
import { staffNotificationEmail } from "./staff-notification-email";

export type StaffNotice = {
  tenantId: string;
  /** The one staff member to tell (a ticket's assignee). */
  userId: string;
  /** Machine-readable kind, e.g. "ticket.created", "ticket.replied", "ticket.forwarded". */
  type: string;
  /** A generic catalogue text (may name the customer number) — never a subject or message text. */
  title: Msg;
  /** Path inside the broker area, e.g. /broker/tickets/<id>; the e-mail gets it on the tenant's own domain. */
  link: string;
};

/**
 * In-app notification plus a branded e-mail without content for one active staff member of the
 * tenant, in the caller's transaction. Staff cannot switch these off (it is their work queue).
 * Returns false when the user is not an active staff member of that tenant (nothing is written).
 */
export async function notifyStaff(tx: Prisma.TransactionClient, n: StaffNotice): Promise<boolean> {
  if (!n.link.startsWith("/broker/")) throw new Error("staff notifications link into the broker area");
  const user = await tx.user.findFirst({
    where: { id: n.userId, tenantId: n.tenantId, kind: "STAFF", status: "ACTIVE" },
    select: { id: true, email: true, locale: true },
  });
  if (!user) return false;
  const tenant = await tx.tenant.findUniqueOrThrow({
    where: { id: n.tenantId },
    select: { id: true, slug: true, name: true, locale: true },
  });
  const locale = localeFromDb(user.locale ?? tenant.locale);
  const headline = translateMessage(translatorFor(locale), n.title);
  await tx.notification.create({
    data: { tenantId: n.tenantId, userId: user.id, type: n.type, title: headline, link: n.link, createdAt: now() },
  });
  const content = staffNotificationEmail({
    locale,
    tenantName: tenant.name,
    headline,
    url: `${await tenantBaseUrl(tenant, tx)}${n.link}`,
  });
  await enqueueBrandedEmail(tx, { tenantId: n.tenantId, to: user.email, locale, content });
  return true;
}
