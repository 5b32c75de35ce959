import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { TicketDetail } from "@/lib/data/tickets/types";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

/** Whose ticket it is (and which company account it is addressed to), who has it and when it was opened or closed. */
export function TicketFacts({
  ticket,
}: {
  ticket: Pick<TicketDetail, "customer" | "addressee" | "assignee" | "createdAt" | "closedAt">;
}) {
  const t = useTranslations("brokerTickets");
  const locale = useLocale() as AppLocale;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-slate-600">{t("detail.customer")}</dt>
      <dd className="min-w-0 break-words">
        <Link href={`/broker/customers/${ticket.customer.id}`} className="text-brand-ink font-medium hover:underline">
          {ticket.customer.name}
        </Link>
        <span className="block text-xs text-slate-600 tabular-nums">{ticket.customer.customerNumber}</span>
      </dd>
      {ticket.addressee && (
        <>
          <dt className="text-slate-600">{t("detail.addressee")}</dt>
          <dd className="min-w-0 break-words" data-testid="ticket-addressed-to">
            {ticket.addressee.name}
          </dd>
        </>
      )}
      <dt className="text-slate-600">{t("detail.assignee")}</dt>
      <dd className="min-w-0 break-words" data-testid="ticket-assignee">
        {ticket.assignee?.name ?? t("unassigned")}
      </dd>
      <dt className="text-slate-600">{t("detail.createdAt")}</dt>
      <dd className="tabular-nums">{formatDateTime(ticket.createdAt, locale)}</dd>
      {ticket.closedAt && (
        <>
          <dt className="text-slate-600">{t("detail.closedAt")}</dt>
          <dd className="tabular-nums">{formatDateTime(ticket.closedAt, locale)}</dd>
        </>
      )}
    </dl>
  );
}
