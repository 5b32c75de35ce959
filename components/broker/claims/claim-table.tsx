import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { contractName } from "@/components/customer/contract-name";
import { ClaimStatusBadge } from "@/components/customer/claims/claim-status-badge";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { BrokerClaimItem } from "@/lib/data/claims/list-broker-claims";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

/** The office's claims: cards on phones, a table from md upwards. */
export function ClaimTable({ items }: { items: BrokerClaimItem[] }) {
  const t = useTranslations("claims.office");
  const locale = useLocale() as AppLocale;
  const format = useFormatter();
  const reported = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" });
  const contract = (c: BrokerClaimItem) => (c.contract ? contractName(c.contract, locale) : t("noContract"));
  const openLabel = (c: BrokerClaimItem) => t("openLabel", { customer: c.customerName, date: formatDate(c.occurredOn, locale) });
  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label={t("caption")}>
        {items.map((c) => (
          <li key={c.id} className="rounded-2xl border border-slate-200 bg-white p-4" data-testid="claim-card">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link
                  href={`/broker/claims/${c.id}`}
                  aria-label={openLabel(c)}
                  className="text-brand-ink font-medium hover:underline"
                >
                  {c.customerName}
                </Link>
                <p className="text-sm text-slate-600">{c.customerNumber}</p>
              </div>
              <ClaimStatusBadge status={c.status} />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("contract")}</dt>
              <dd className="min-w-0 break-words">{contract(c)}</dd>
              <dt className="text-slate-600">{t("occurredOn")}</dt>
              <dd className="tabular-nums">{formatDate(c.occurredOn, locale)}</dd>
              <dt className="text-slate-600">{t("reportedOn")}</dt>
              <dd className="tabular-nums">{reported(c.createdAt)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("caption")}
        columns={
          <>
            <ColumnHeading className="px-3 py-3">{t("customer")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("contract")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("occurredOn")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("reportedOn")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("status")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">
              <span className="sr-only">{t("open")}</span>
            </ColumnHeading>
          </>
        }
      >
        {items.map((c) => (
          <tr key={c.id} data-testid="claim-row">
            <td className="px-3 py-3">
              <span className="font-medium">{c.customerName}</span>
              <span className="block text-xs text-slate-600">{c.customerNumber}</span>
            </td>
            <td className="max-w-xs px-3 py-3 break-words">{contract(c)}</td>
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">{formatDate(c.occurredOn, locale)}</td>
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">{reported(c.createdAt)}</td>
            <td className="px-3 py-3">
              <ClaimStatusBadge status={c.status} />
            </td>
            <td className="px-3 py-3 text-right">
              <Link
                href={`/broker/claims/${c.id}`}
                aria-label={openLabel(c)}
                className="text-brand-ink font-medium whitespace-nowrap hover:underline"
              >
                {t("open")}
              </Link>
            </td>
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
