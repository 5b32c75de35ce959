import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { TicketKindLabel } from "@/components/tickets/ticket-kind-label";
import { TicketStatusBadge } from "@/components/tickets/ticket-status-badge";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { TicketListItem } from "@/lib/data/tickets/types";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { UnreadDot } from "./unread-dot";

/** The office's tickets: cards on phones, a table from md upwards; unread ones bold with a dot. */
export function TicketInboxList({ items }: { items: TicketListItem[] }) {
  const t = useTranslations("brokerTickets");
  const locale = useLocale() as AppLocale;
  const assignee = (item: TicketListItem) => item.assignee?.name ?? t("unassigned");
  const subject = (item: TicketListItem) => (
    <>
      {/* outside the link: inside it, the hidden text's 1-px box becomes the link's first content box,
          and Playwright aims its clicks there, beside the visible text */}
      {item.unread && <span className="sr-only">{`${t("unread")}: `}</span>}
      <Link href={`/broker/tickets/${item.id}`} className="text-brand-ink break-words hover:underline">
        {item.subject}
      </Link>
    </>
  );
  const customer = (item: TicketListItem) =>
    item.customer && (
      <>
        <span className="block">{item.customer.name}</span>
        <span className="block text-xs text-slate-600 tabular-nums">{item.customer.customerNumber}</span>
      </>
    );
  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label={t("list.caption")}>
        {items.map((item) => (
          <li
            key={item.id}
            className={`rounded-2xl border bg-white p-4 ${item.unread ? "border-brand font-semibold" : "border-slate-200"}`}
            data-testid="ticket-card"
            data-unread={item.unread || undefined}
          >
            <div className="flex items-start justify-between gap-3">
              <p className="flex items-center gap-2 text-sm text-slate-600">
                {item.unread && <UnreadDot />}
                <span className="tabular-nums">#{item.number}</span>
                <span aria-hidden="true">·</span>
                <TicketKindLabel kind={item.kind} />
              </p>
              <TicketStatusBadge status={item.status} />
            </div>
            <p className="mt-1">{subject(item)}</p>
            <div className="mt-2 text-sm font-normal">{customer(item)}</div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm font-normal">
              <dt className="text-slate-600">{t("columns.assignee")}</dt>
              <dd className="min-w-0 break-words">{assignee(item)}</dd>
              <dt className="text-slate-600">{t("columns.lastActivity")}</dt>
              <dd className="tabular-nums">{formatDateTime(item.lastActivityAt, locale)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("list.caption")}
        testId="ticket-table"
        columns={
          <>
            <ColumnHeading className="w-20 px-3 py-3">{t("columns.number")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("columns.subject")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("columns.customer")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("columns.kind")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("columns.status")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("columns.assignee")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("columns.lastActivity")}</ColumnHeading>
          </>
        }
      >
        {items.map((item) => (
          <tr
            key={item.id}
            data-testid="ticket-row"
            data-unread={item.unread || undefined}
            className={item.unread ? "font-semibold" : undefined}
          >
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">
              <span className="flex items-center gap-2">
                {item.unread ? <UnreadDot /> : <span className="inline-block size-2" aria-hidden="true" />}#{item.number}
              </span>
            </td>
            <td className="max-w-xs px-3 py-3">{subject(item)}</td>
            <td className="max-w-52 px-3 py-3 break-words">{customer(item)}</td>
            <td className="px-3 py-3">
              <TicketKindLabel kind={item.kind} />
            </td>
            <td className="px-3 py-3">
              <TicketStatusBadge status={item.status} />
            </td>
            <td className="max-w-40 px-3 py-3 break-words">{assignee(item)}</td>
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">{formatDateTime(item.lastActivityAt, locale)}</td>
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
