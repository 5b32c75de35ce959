import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";

export type LatestNotification = { id: string; title: string; createdAt: Date; href: string };

const input = z.object({ take: z.coerce.number().int().min(1).max(20).default(5) });

export const NOTIFICATIONS_HREF = "/portal/notifications";

// Only paths inside the portal are followed: a stored link that is absolute, protocol-relative or
// points elsewhere falls back to the notification list instead of leaving the site.
const PORTAL_PATH = /^\/portal(?:[/?#][^\s\\]*)?$/;

export function portalHref(link: string | null): string {
  return link && PORTAL_PATH.test(link) && !link.includes("//") ? link : NOTIFICATIONS_HREF;
}

/** The signed-in person's newest unread notifications (their own account, never the folder owner's). */
export async function listLatestNotifications(
  ctx: RequestContext | null,
  params: z.input<typeof input> = {},
): Promise<LatestNotification[]> {
  requireCustomer(ctx);
  const { take } = input.parse(params);
  const rows = await db.notification.findMany({
    where: { tenantId: ctx.tenant.id, userId: ctx.actor.id, readAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, link: true, createdAt: true },
  });
  return rows.map(({ link, ...n }) => ({ ...n, href: portalHref(link) }));
}
