import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { FolderInvoiceItem } from "@/lib/data/premium-invoices/folder-invoice-row";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { lineAndPolicy } from "./invoice-contract";
import { InvoiceStatusBadge } from "./invoice-status-badge";

type Props = {
  items: FolderInvoiceItem[];
  /** the viewer's scope spans several companies: each invoice names its company */
  showCompany: boolean;
  /** the office withholds financial data: the amount is left out */
  amountsWithheld: boolean;
};

/** Premium invoices: cards on phones and tablets, a table on wide screens; each with its PDF when the viewer may open it. */
export function InvoiceList({ items, showCompany, amountsWithheld }: Props) {
  const t = useTranslations("companyModules.invoices.list");
  const locale = useLocale() as AppLocale;
  const period = (i: FolderInvoiceItem) => `${formatDate(i.periodStart, locale)} – ${formatDate(i.periodEnd, locale)}`;
  const amount = (i: FolderInvoiceItem) => (i.amount === null ? "—" : formatMoney(i.amount, i.currency, locale));
  const contract = (i: FolderInvoiceItem) =>
    i.contract ? (
      <Link href={`/portal/contracts/${i.contract.id}`} className="text-brand-ink underline-offset-2 hover:underline">
        {lineAndPolicy(i.contract, locale)}
      </Link>
    ) : (
      <span className="text-slate-600">{t("noContract")}</span>
    );
  const number = (i: FolderInvoiceItem) => (
    <Link
      href={`/portal/invoices/${i.id}`}
      className="text-brand-ink font-medium break-all underline-offset-2 hover:underline"
      aria-label={t("openLabel", { number: i.number })}
    >
      {i.number}
    </Link>
  );
  const pdf = (i: FolderInvoiceItem) =>
    i.documentId ? (
      <Link
        href={`/portal/documents/${i.documentId}`}
        className="inline-block rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
        aria-label={t("pdfLabel", { number: i.number })}
        data-testid="invoice-pdf"
      >
        {t("pdf")}
      </Link>
    ) : (
      <span className="text-sm text-slate-500">{t("noPdf")}</span>
    );

  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2 xl:hidden" aria-label={t("caption")}>
        {items.map((i) => (
          <li
            key={i.id}
            className="rounded-2xl border border-slate-200 bg-white p-4"
            data-testid="invoice-card"
            data-invoice-number={i.number}
          >
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p>{number(i)}</p>
                <p className="text-sm break-words">{contract(i)}</p>
                {showCompany && i.companyName ? (
                  <p className="text-sm break-words text-slate-600" data-testid="invoice-company">
                    {i.companyName}
                  </p>
                ) : null}
              </div>
              <InvoiceStatusBadge status={i.shownStatus} />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {!amountsWithheld && (
                <>
                  <dt className="text-slate-600">{t("amount")}</dt>
                  <dd className="font-medium tabular-nums">{amount(i)}</dd>
                </>
              )}
              <dt className="text-slate-600">{t("period")}</dt>
              <dd className="tabular-nums">{period(i)}</dd>
              <dt className="text-slate-600">{t("dueDate")}</dt>
              <dd className="tabular-nums">{formatDate(i.dueDate, locale)}</dd>
            </dl>
            <div className="mt-3">{pdf(i)}</div>
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("caption")}
        from="xl"
        testId="invoice-table"
        columns={
          <>
            <ColumnHeading className="px-3 py-3">{t("number")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("contract")}</ColumnHeading>
            {showCompany && <ColumnHeading className="px-3 py-3">{t("company")}</ColumnHeading>}
            <ColumnHeading className="px-3 py-3">{t("period")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("dueDate")}</ColumnHeading>
            {!amountsWithheld && <ColumnHeading className="px-3 py-3 text-right">{t("amount")}</ColumnHeading>}
            <ColumnHeading className="px-3 py-3">{t("status")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">
              <span className="sr-only">{t("document")}</span>
            </ColumnHeading>
          </>
        }
      >
        {items.map((i) => (
          <tr key={i.id} data-testid="invoice-row" data-invoice-number={i.number}>
            <th scope="row" className="px-3 py-3 text-left font-normal">
              {number(i)}
            </th>
            <td className="max-w-56 px-3 py-3 break-words">{contract(i)}</td>
            {showCompany && (
              <td className="max-w-48 px-3 py-3 break-words" data-testid="invoice-company">
                {i.companyName}
              </td>
            )}
            <td className="min-w-28 px-3 py-3 tabular-nums">{period(i)}</td>
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">{formatDate(i.dueDate, locale)}</td>
            {!amountsWithheld && <td className="px-3 py-3 text-right font-medium whitespace-nowrap tabular-nums">{amount(i)}</td>}
            <td className="px-3 py-3">
              <InvoiceStatusBadge status={i.shownStatus} />
            </td>
            <td className="px-3 py-3 text-right">{pdf(i)}</td>
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
