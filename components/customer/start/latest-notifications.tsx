import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { LatestNotification } from "@/lib/data/portal/list-latest-notifications";
import { EmptyState, StartCard } from "./start-card";

export function LatestNotifications({ items, now }: { items: LatestNotification[]; now: Date }) {
  const t = useTranslations("portalStart.news");
  const format = useFormatter();
  return (
    <StartCard id="start-news-heading" title={t("heading")} more={{ href: "/portal/notifications", label: t("all") }}>
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="-mx-2 divide-y divide-slate-100" data-testid="start-notifications">
          {items.map((n) => (
            <li key={n.id}>
              <Link href={n.href} className="flex items-start gap-3 rounded-lg px-2 py-3 hover:bg-slate-50">
                <span className="bg-brand mt-2 h-2 w-2 shrink-0 rounded-full" aria-hidden />
                <span className="min-w-0 flex-1">
                  <span className="block font-medium break-words">{n.title}</span>
                  <span className="block text-sm text-slate-600">
                    <span className="sr-only">{t("unread")}, </span>
                    <time dateTime={n.createdAt.toISOString()}>{format.relativeTime(n.createdAt, now)}</time>
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </StartCard>
  );
}
