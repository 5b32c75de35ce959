import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { TicketKindLabel } from "@/components/tickets/ticket-kind-label";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import type { TicketListItem } from "@/lib/data/tickets/types";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

/**
 * The customer's conversations, newest activity first. Unread ones carry a dot, a bold subject and,
 * for screen readers, the word "ungelesen" (the dot alone would be colour only).
 */
export function ConversationList({ items }: { items: TicketListItem[] }) {
  const t = useTranslations("portalMessages.list");
  const locale = useLocale() as AppLocale;
  return (
    <ul
      aria-label={t("label")}
      className="divide-y divide-slate-100 overflow-hidden rounded-2xl border border-slate-200 bg-white"
      data-testid="conversation-list"
    >
      {items.map((ticket) => (
        <li key={ticket.id} data-testid="conversation-row" data-unread={ticket.unread ? "true" : undefined}>
          <Link
            href={`/portal/messages/${ticket.id}`}
            className="focus-visible:outline-brand flex items-start gap-3 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2"
          >
            <span
              aria-hidden
              className={`mt-2 h-2.5 w-2.5 shrink-0 rounded-full ${ticket.unread ? "bg-brand" : "bg-transparent"}`}
            />
            <span className="min-w-0 flex-1">
              <span className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
                <span
                  className={`min-w-0 break-words hyphens-auto ${ticket.unread ? "font-semibold text-slate-900" : "text-slate-800"}`}
                >
                  {ticket.subject}
                  {ticket.unread && <span className="sr-only"> – {t("unread")}</span>}
                </span>
                <TicketStatusBadge status={ticket.status} viewer="customer" />
              </span>
              <span className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-600">
                <span className="tabular-nums">{t("number", { number: ticket.number })}</span>
                <span>
                  <TicketKindLabel kind={ticket.kind} />
                </span>
                <span>{t("responsible", { name: ticket.assignee?.name ?? t("office") })}</span>
                <span>
                  <time dateTime={ticket.lastActivityAt.toISOString()}>
                    {t("lastActivity", { date: formatDateTime(ticket.lastActivityAt, locale) })}
                  </time>
                </span>
              </span>
            </span>
            <span aria-hidden className="mt-0.5 shrink-0 text-slate-400">
              ›
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
