import { useLocale, useTranslations } from "next-intl";
import type { NotificationItem } from "@/lib/data/notifications/list-own-notifications";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/i18n/format";

type Props = {
  items: NotificationItem[];
  /**
   * The server action behind a click: marks that notification read and follows its link. Each area
   * passes its own (customers: back to /portal/notifications, staff: back to /broker/notifications).
   */
  open: (notificationId: string) => Promise<void>;
  /** Visible text on notifications that lead somewhere (e.g. "Öffnen"); without it a "›" marks them. */
  openLabel?: string;
};

/**
 * The signed-in account's notifications, newest first (customer portal and broker workspace). Each one
 * is a small form: selecting it marks it read on the server and follows its link (works without
 * JavaScript, too).
 */
export function NotificationList({ items, open, openLabel }: Props) {
  const t = useTranslations("notifications.list");
  const locale = useLocale() as AppLocale;
  return (
    <ul
      aria-label={t("label")}
      className="divide-y divide-slate-100 overflow-hidden rounded-2xl border border-slate-200 bg-white"
      data-testid="notification-list"
    >
      {items.map((n) => (
        <li key={n.id} data-testid="notification-item" data-unread={n.isRead ? undefined : "true"}>
          <form action={open.bind(null, n.id)}>
            <button
              type="submit"
              className="focus-visible:outline-brand flex w-full items-start gap-3 px-4 py-3 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2"
            >
              <span
                aria-hidden
                className={`mt-2 h-2.5 w-2.5 shrink-0 rounded-full ${n.isRead ? "bg-transparent" : "bg-brand"}`}
              />
              <span className="min-w-0 flex-1">
                <span
                  className={`block break-words hyphens-auto ${n.isRead ? "text-slate-800" : "font-semibold text-slate-900"}`}
                >
                  {n.title}
                  {!n.isRead && <span className="sr-only"> – {t("unread")}</span>}
                </span>
                <span className="mt-0.5 block text-sm text-slate-600">
                  <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
                </span>
              </span>
              {!n.isRead && (
                <span
                  aria-hidden
                  className="bg-brand text-on-brand mt-0.5 hidden shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold sm:inline-block"
                >
                  {t("unread")}
                </span>
              )}
              {n.link &&
                (openLabel ? (
                  <span className="text-brand-ink mt-0.5 shrink-0 text-sm font-medium underline">{openLabel}</span>
                ) : (
                  <span aria-hidden className="mt-0.5 shrink-0 text-slate-400">
                    ›
                  </span>
                ))}
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
