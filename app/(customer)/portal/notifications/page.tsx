import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmailPreferencesForm } from "@/components/customer/notifications/email-preferences-form";
import { NotificationList } from "@/components/notifications/notification-list";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications/mark-all-notifications-read";
import { openNotificationAction } from "@/lib/actions/notifications/open-notification";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getEmailPreferences } from "@/lib/data/notifications/get-email-preferences";
import { listOwnNotifications } from "@/lib/data/notifications/list-own-notifications";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

type Props = { searchParams: Promise<{ cursor?: string | string[] }> };

export default async function NotificationsPage({ searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/notifications");
  const { cursor } = await searchParams;
  const [t, list, preferences] = await Promise.all([
    getTranslations("notifications"),
    listOwnNotifications(ctx, { cursor: typeof cursor === "string" ? cursor : undefined }),
    getEmailPreferences(ctx),
  ]);
  const onFirstPage = !cursor || typeof cursor !== "string";

  return (
    <div className="space-y-10">
      <section aria-labelledby="notifications-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 id="notifications-heading" className="text-2xl font-semibold">
            {t("title")}
          </h1>
          {list.unreadCount > 0 && (
            <form action={markAllNotificationsReadAction}>
              <button
                type="submit"
                className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
              >
                {t("list.markAll")}
              </button>
            </form>
          )}
        </div>
        <p className="text-slate-700">{t("list.intro")}</p>
        {list.items.length === 0 && onFirstPage ? (
          <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("list.empty")}</p>
        ) : (
          <>
            <p className="text-sm font-medium text-slate-800" data-testid="unread-count">
              {t("list.unreadCount", { count: list.unreadCount })}
            </p>
            <NotificationList items={list.items} open={openNotificationAction} />
          </>
        )}
        {(list.nextCursor || !onFirstPage) && (
          <nav aria-label={t("list.label")} className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {!onFirstPage && (
              <Link href="/portal/notifications" className="text-brand-ink font-medium underline">
                {t("list.newest")}
              </Link>
            )}
            {list.nextCursor && (
              <Link
                href={`/portal/notifications?cursor=${encodeURIComponent(list.nextCursor)}`}
                className="text-brand-ink font-medium underline"
              >
                {t("list.older")}
              </Link>
            )}
          </nav>
        )}
      </section>

      <section aria-labelledby="preferences-heading" className="space-y-3">
        <h2 id="preferences-heading" className="text-xl font-semibold">
          {t("preferences.title")}
        </h2>
        <p className="text-slate-700">{t("preferences.intro")}</p>
        <EmailPreferencesForm initial={preferences} />
      </section>
    </div>
  );
}
