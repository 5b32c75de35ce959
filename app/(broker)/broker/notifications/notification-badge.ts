import "server-only";
import { getTranslations } from "next-intl/server";
import type { BadgeCount } from "@/components/layout/fresh-badge";
import { now } from "@/lib/clock";
import type { RequestContext } from "@/lib/data/context/types";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";

export const NOTIFICATIONS_HREF = "/broker/notifications";

/**
 * The header's unread number for "Mitteilungen" with its screen reader text. The time is taken
 * before counting, so a page that counts later (after marking read) wins (see useFreshBadge).
 */
export async function notificationBadge(ctx: RequestContext): Promise<BadgeCount> {
  const at = now().getTime();
  const [count, t] = await Promise.all([countUnreadNotifications(ctx), getTranslations("broker.nav")]);
  return { count, label: t("notificationsUnread", { count }), at };
}
