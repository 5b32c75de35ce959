import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NavBadgeUpdate } from "@/components/layout/fresh-badge";
import { NotificationList } from "@/components/notifications/notification-list";
import { now } from "@/lib/clock";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listOwnNotifications } from "@/lib/data/notifications/list-own-notifications";
import { markAllStaffNotificationsReadAction, openStaffNotificationAction } from "./actions";
import { NOTIFICATIONS_HREF } from "./notification-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

/**
 * The staff member's own notifications (new tickets and replies, customer uploads, claims, change
 * requests), newest first, 20 per page. Staff have no e-mail preferences: these are their work queue.
 */
export default async function BrokerNotificationsPage({ searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx) redirect(`/login?callbackUrl=${NOTIFICATIONS_HREF}`);
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const { cursor } = await searchParams;
  const pageCursor = typeof cursor === "string" && cursor ? cursor : undefined;
  const onFirstPage = !pageCursor;
  const [t, tList, tBroker, list] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("notifications.list"),
    getTranslations("broker"),
    listOwnNotifications(ctx, { cursor: pageCursor }),
  ]);
  // Stamped after counting: the layout's number (counted earlier) gives way to this one.
  const countedAt = now().getTime();

  return (
    <section aria-labelledby="notifications-heading" className="space-y-4">
      <NavBadgeUpdate
        href={NOTIFICATIONS_HREF}
        count={list.unreadCount}
        label={tBroker("nav.notificationsUnread", { count: list.unreadCount })}
        at={countedAt}
      />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="notifications-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        {list.unreadCount > 0 && (
          <form action={markAllStaffNotificationsReadAction}>
            <button
              type="submit"
              className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {tList("markAll")}
            </button>
          </form>
        )}
      </div>
      <p className="max-w-prose text-slate-700">{tBroker("staffNotifications.intro")}</p>
      {list.items.length === 0 && onFirstPage ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          {tBroker("staffNotifications.empty")}
        </p>
      ) : (
        <>
          <p className="text-sm font-medium text-slate-800" data-testid="unread-count">
            {tList("unreadCount", { count: list.unreadCount })}
          </p>
          <NotificationList
            items={list.items}
            open={openStaffNotificationAction}
            openLabel={tBroker("staffNotifications.open")}
          />
        </>
      )}
      {(list.nextCursor || !onFirstPage) && (
        <nav aria-label={tBroker("staffNotifications.pages")} className="flex flex-wrap items-center gap-x-6 gap-y-2">
          {list.nextCursor && (
            <Link
              href={`${NOTIFICATIONS_HREF}?cursor=${encodeURIComponent(list.nextCursor)}`}
              className="inline-block rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {tBroker("staffNotifications.loadMore")}
            </Link>
          )}
          {!onFirstPage && (
            <Link href={NOTIFICATIONS_HREF} className="text-brand-ink text-sm font-medium underline">
              {tList("newest")}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
