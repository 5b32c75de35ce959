import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { PortalContract } from "@/lib/data/portal/get-portal-contract";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { ContractStatusBadge } from "./contract-status-badge";

/** Hauptfälligkeit: 01.04. (de) · 01/04 (en); a day and month without a year. */
function formatDayMonth(due: { day: number; month: number }, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, due.month - 1, due.day)),
  );
}

/** Everything the customer may see about one contract; withheld values have no row at all. */
export function ContractDetails({ contract: c, lineName }: { contract: PortalContract; lineName: string | null }) {
  const t = useTranslations("folder.detail");
  const tLabels = useTranslations("labels");
  const locale = useLocale() as AppLocale;
  const notRecorded = <span className="text-slate-600">{t("notRecorded")}</span>;
  const rows: [string, ReactNode][] = [
    [t("module"), tLabels(`contractModule.${c.module}`)],
    [t("line"), lineName ?? notRecorded],
    [t("insurer"), c.insurerName ?? notRecorded],
    [t("product"), c.product ?? notRecorded],
    [t("policyNumber"), c.policyNumber ? <span className="break-all tabular-nums">{c.policyNumber}</span> : notRecorded],
    [t("status"), <ContractStatusBadge key="status" status={c.status} />],
    [t("start"), c.startDate ? formatDate(c.startDate, locale) : notRecorded],
    ...(c.withheld.expiry ? [] : [[t("end"), c.endDate ? formatDate(c.endDate, locale) : notRecorded] as [string, ReactNode]]),
    [t("mainDue"), c.mainDue ? formatDayMonth(c.mainDue, locale) : notRecorded],
    [t("noticePeriod"), c.noticePeriodMonths !== null ? t("noticePeriodMonths", { months: c.noticePeriodMonths }) : notRecorded],
    ...(c.withheld.financials
      ? []
      : ([
          [t("sumInsured"), c.sumInsured !== null ? formatMoney(c.sumInsured, c.currency, locale) : notRecorded],
          [t("premium"), c.grossPremium !== null ? formatMoney(c.grossPremium, c.currency, locale) : notRecorded],
        ] as [string, ReactNode][])),
    [t("paymentFrequency"), c.paymentFrequency ? tLabels(`paymentFrequency.${c.paymentFrequency}`) : notRecorded],
    [t("paymentMethod"), c.paymentMethod ? t(`paymentMethods.${c.paymentMethod}`) : notRecorded],
    ...(c.notes
      ? [
          [
            t("notes"),
            <span key="notes" className="whitespace-pre-line">
              {c.notes}
            </span>,
          ] as [string, ReactNode],
        ]
      : []),
  ];
  return (
    <dl className="grid gap-x-6 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-2 sm:p-6">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-2 gap-3 border-b border-slate-100 py-2.5 text-sm">
          <dt className="break-words text-slate-600">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
