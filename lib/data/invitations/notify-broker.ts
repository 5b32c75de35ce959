import type { Prisma } from "../../db/generated/client";
import { now } from "../../clock";

/**
 * Notifies the customer's advisor, or every active owner and admin when the customer has none
 * (or the advisor's account is no longer active).
 */
export async function notifyBroker(
  tx: Prisma.TransactionClient,
  n: { tenantId: string; advisorId: string | null; type: string; title: string; link: string | null },
): Promise<number> {
  const advisor = n.advisorId
    ? await tx.user.findFirst({
        where: { id: n.advisorId, tenantId: n.tenantId, kind: "STAFF", status: "ACTIVE" },
        select: { id: true },
      })
    : null;
  const recipients = advisor
    ? [advisor]
    : await tx.user.findMany({
        where: { tenantId: n.tenantId, kind: "STAFF", status: "ACTIVE", staffRole: { key: { in: ["owner", "admin"] } } },
        select: { id: true },
      });
  if (recipients.length === 0) return 0;
  const createdAt = now();
  const created = await tx.notification.createMany({
    data: recipients.map((r) => ({ tenantId: n.tenantId, userId: r.id, type: n.type, title: n.title, link: n.link, createdAt })),
  });
  return created.count;
}
