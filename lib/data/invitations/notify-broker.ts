import type { Prisma } from "../../db/generated/client";
import { now } from "../../clock";
import { localeFromDb } from "../../i18n/locales";
import type { Msg } from "../../i18n/message-key";
import { translateMessage } from "../../i18n/translate-message";
import { translatorFor } from "../../i18n/translator-for";

/**
 * Notifies the customer's advisor, or every active owner and admin when the customer has none
 * (or the advisor's account is no longer active). The title is stored as text, so it is written
 * in each recipient's language (their own choice, else the tenant's).
 */
export async function notifyBroker(
  tx: Prisma.TransactionClient,
  n: { tenantId: string; advisorId: string | null; type: string; title: Msg; link: string | null },
): Promise<number> {
  const select = { id: true, locale: true } as const;
  const advisor = n.advisorId
    ? await tx.user.findFirst({ where: { id: n.advisorId, tenantId: n.tenantId, kind: "STAFF", status: "ACTIVE" }, select })
    : null;
  const recipients = advisor
    ? [advisor]
    : await tx.user.findMany({
        where: { tenantId: n.tenantId, kind: "STAFF", status: "ACTIVE", staffRole: { key: { in: ["owner", "admin"] } } },
        select,
      });
  if (recipients.length === 0) return 0;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: n.tenantId }, select: { locale: true } });
  const createdAt = now();
  const created = await tx.notification.createMany({
    data: recipients.map((r) => ({
      tenantId: n.tenantId,
      userId: r.id,
      type: n.type,
      title: translateMessage(translatorFor(localeFromDb(r.locale ?? tenant.locale)), n.title),
      link: n.link,
      createdAt,
    })),
  });
  return created.count;
}
