import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { contractName } from "@/components/customer/contract-name";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { BrokerInvoiceItem } from "@/lib/data/premium-invoices/list-customer-premium-invoices";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { InvoiceStatusBadge } from "./invoice-status-badge";

type Props = { customerId: string; items: BrokerInvoiceItem[]; canEdit: boolean };

/** A customer's premium invoices on the broker side: cards on phones, a table from md upwards. */
export function PremiumInvoiceList({ customerId, items, canEdit }: Props) {
  const t = useTranslations("companyAdmin.invoices");
  const locale = useLocale() as AppLocale;
  if (items.length === 0) {
    return (
      <p
        className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600"
        data-testid="invoice-empty"
      >
        {canEdit ? t("emptyCanAdd") : t("empty")}
      </p>
    );
  }
  const contract = (i: BrokerInvoiceItem) => (i.contract ? contractName(i.contract, locale) : t("noContract"));
  const period = (i: BrokerInvoiceItem) => `${formatDate(i.periodStart, locale)} – ${formatDate(i.periodEnd, locale)}`;
  const editHref = (i: BrokerInvoiceItem) => `/broker/customers/${customerId}/invoices/${i.id}`;
  const pdf = (i: BrokerInvoiceItem) =>
    i.document ? (
      <a
        href={`/api/documents/${i.document.id}/download`}
        className="text-brand-ink font-medium hover:underline"
        aria-label={t("pdfLabel", { number: i.number })}
        data-testid="invoice-pdf-link"
      >
        {t("pdf")}
      </a>
    ) : (
      <span className="text-slate-500">{t("noPdf")}</span>
    );
  const edit = (i: BrokerInvoiceItem) =>
    canEdit && (
      <Link
        href={editHref(i)}
        aria-label={t("editLabel", { number: i.number })}
        className="text-brand-ink font-medium whitespace-nowrap hover:underline"
      >
        {t("edit")}
      </Link>
    );

  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label={t("caption")}>
        {items.map((i) => (
          <li key={i.id} className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="invoice-card">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-medium break-words">{i.number}</p>
                <p className="text-lg font-semibold tabular-nums">
                  {i.amount === null ? "—" : formatMoney(i.amount, i.currency, locale)}
                </p>
              </div>
              <InvoiceStatusBadge status={i.status} />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("contract")}</dt>
              <dd className="min-w-0 break-words">{contract(i)}</dd>
              <dt className="text-slate-600">{t("period")}</dt>
              <dd className="tabular-nums">{period(i)}</dd>
              <dt className="text-slate-600">{t("dueDate")}</dt>
              <dd className="tabular-nums">{formatDate(i.dueDate, locale)}</dd>
              <dt className="text-slate-600">{t("pdfColumn")}</dt>
              <dd>{pdf(i)}</dd>
            </dl>
            {canEdit && <div className="mt-3 text-sm">{edit(i)}</div>}
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("caption")}
        testId="invoice-table"
        columns={
          <>
            <ColumnHeading className="px-3 py-3">{t("number")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("contract")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3 text-right">{t("amount")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("period")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("dueDate")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("status")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("pdfColumn")}</ColumnHeading>
            {canEdit && (
              <ColumnHeading className="px-3 py-3">
                <span className="sr-only">{t("edit")}</span>
              </ColumnHeading>
            )}
          </>
        }
      >
        {items.map((i) => (
          <tr key={i.id} data-testid="invoice-row">
            <td className="px-3 py-3 font-medium break-words">{i.number}</td>
            <td className="max-w-xs px-3 py-3 break-words">{contract(i)}</td>
            <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums">
              {i.amount === null ? "—" : formatMoney(i.amount, i.currency, locale)}
            </td>
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">{period(i)}</td>
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">{formatDate(i.dueDate, locale)}</td>
            <td className="px-3 py-3">
              <InvoiceStatusBadge status={i.status} />
            </td>
            <td className="px-3 py-3">{pdf(i)}</td>
            {canEdit && <td className="px-3 py-3 text-right">{edit(i)}</td>}
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
