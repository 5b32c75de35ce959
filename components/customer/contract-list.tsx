import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { ContractListItem, WithheldContractFields } from "@/lib/data/contracts/list-visible-contracts";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { ContractStatusBadge } from "./contracts/contract-status-badge";
import { OwnContractBadge } from "./contracts/own-contract-badge";

type Props = {
  items: ContractListItem[];
  /** Values the office or role withholds: their columns are left out, not filled with dashes. */
  withheld?: WithheldContractFields;
  /** The table's caption (e.g. the module name); screen readers announce it. */
  caption?: string;
  /** Link every contract to its page /portal/contracts/<id>. */
  linkToDetails?: boolean;
};

const NOTHING_WITHHELD: WithheldContractFields = { expiry: false, financials: false };

/** The SMV columns: cards on phones and tablets (two per row when there is room), a table on wide screens. */
export function ContractList({ items, withheld = NOTHING_WITHHELD, caption, linkToDetails = false }: Props) {
  const t = useTranslations("folder.list");
  const tLabels = useTranslations("labels");
  const locale = useLocale() as AppLocale;
  if (items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        {t("empty")}
      </div>
    );
  }
  // The catalog knows English names for the GDV lines; German is the fallback.
  const lineName = (c: ContractListItem) =>
    (locale === "en-GB" && c.lineNameEn) || c.lineName || (c.product ?? tLabels(`contractModule.${c.module}`));
  const frequency = (c: ContractListItem) => (c.paymentFrequency ? tLabels(`paymentFrequency.${c.paymentFrequency}`) : null);
  const money = (value: string | null, c: ContractListItem) => (value === null ? "—" : formatMoney(value, c.currency, locale));
  // sums insured are round figures: "50.000.000 €" reads better than "50.000.000,00 €" and keeps the table narrow
  const sum = (c: ContractListItem) =>
    c.sumInsured === null
      ? "—"
      : c.sumInsured.endsWith(".00")
        ? new Intl.NumberFormat(locale, { style: "currency", currency: c.currency, maximumFractionDigits: 0 }).format(
            Number(c.sumInsured),
          )
        : formatMoney(c.sumInsured, c.currency, locale);
  const title = (c: ContractListItem) =>
    linkToDetails ? (
      <Link
        href={`/portal/contracts/${c.id}`}
        className="text-brand-ink font-medium underline-offset-2 hover:underline"
        aria-label={t("openLabel", { name: `${lineName(c)}${c.policyNumber ? ` ${c.policyNumber}` : ""}` })}
      >
        {lineName(c)}
      </Link>
    ) : (
      <span className="font-medium">{lineName(c)}</span>
    );

  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2 xl:hidden" aria-label={caption ?? t("caption")}>
        {items.map((c) => (
          <li key={c.id} data-testid="contract-card" className="rounded-2xl border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="break-words hyphens-auto">{title(c)}</p>
                <p className="text-sm break-words text-slate-600">
                  {c.insurerName ?? "—"}
                  {c.product && c.product !== lineName(c) ? ` · ${c.product}` : ""}
                </p>
                {c.origin === "CUSTOMER" && (
                  <div className="mt-1">
                    <OwnContractBadge />
                  </div>
                )}
              </div>
              <ContractStatusBadge status={c.status} />
            </div>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600">{t("policyNumber")}</dt>
              <dd className="break-all tabular-nums">{c.policyNumber ?? "—"}</dd>
              {!withheld.financials && (
                <>
                  {c.sumInsured !== null && (
                    <>
                      <dt className="text-slate-600">{t("sumInsured")}</dt>
                      <dd className="tabular-nums">{sum(c)}</dd>
                    </>
                  )}
                  <dt className="text-slate-600">{t("premium")}</dt>
                  <dd className="tabular-nums">
                    {money(c.grossPremium, c)}
                    {c.grossPremium !== null && frequency(c) ? ` ${frequency(c)}` : ""}
                  </dd>
                </>
              )}
              {withheld.expiry ? (
                <>
                  <dt className="text-slate-600">{t("start")}</dt>
                  <dd className="tabular-nums">{formatDate(c.startDate, locale)}</dd>
                </>
              ) : (
                <>
                  <dt className="text-slate-600">{t("term")}</dt>
                  <dd className="tabular-nums">
                    {formatDate(c.startDate, locale)}
                    {c.endDate ? ` – ${formatDate(c.endDate, locale)}` : ""}
                  </dd>
                </>
              )}
              <dt className="text-slate-600">{t("documentCount")}</dt>
              <dd className="tabular-nums">{c.documentCount}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={caption ?? t("caption")}
        from="xl"
        columns={
          <>
            <ColumnHeading className="px-3 py-3">{t("linePolicy")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("insurer")}</ColumnHeading>
            {!withheld.financials && <ColumnHeading className="px-3 py-3 text-right">{t("sumInsured")}</ColumnHeading>}
            <ColumnHeading className="px-3 py-3">{withheld.expiry ? t("start") : t("term")}</ColumnHeading>
            <ColumnHeading className="px-3 py-3">{t("status")}</ColumnHeading>
            {!withheld.financials && <ColumnHeading className="px-3 py-3 text-right">{t("premium")}</ColumnHeading>}
            <ColumnHeading className="px-3 py-3 text-right">
              <abbr title={t("documentCount")} className="no-underline">
                {t("documentCountShort")}
              </abbr>
            </ColumnHeading>
          </>
        }
      >
        {items.map((c) => (
          <tr key={c.id} data-testid="contract-row">
            <th scope="row" className="max-w-56 px-3 py-3 text-left font-normal break-words hyphens-auto">
              {title(c)}
              <span className="block text-xs whitespace-nowrap text-slate-600 tabular-nums">{c.policyNumber ?? "—"}</span>
              {c.origin === "CUSTOMER" && (
                <div className="mt-1">
                  <OwnContractBadge />
                </div>
              )}
            </th>
            <td className="px-3 py-3">
              {c.insurerName ?? "—"}
              {c.product && c.product !== lineName(c) && <span className="block text-xs text-slate-600">{c.product}</span>}
            </td>
            {!withheld.financials && <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums">{sum(c)}</td>}
            <td className="px-3 py-3 whitespace-nowrap tabular-nums">
              {formatDate(c.startDate, locale)}
              {!withheld.expiry && c.endDate && (
                <span className="block text-slate-600">
                  <span className="sr-only">{t("end")} </span>– {formatDate(c.endDate, locale)}
                </span>
              )}
            </td>
            <td className="px-3 py-3">
              <ContractStatusBadge status={c.status} />
            </td>
            {!withheld.financials && (
              <td className="px-3 py-3 text-right tabular-nums">
                <span className="whitespace-nowrap">{money(c.grossPremium, c)}</span>
                {c.grossPremium !== null && frequency(c) && <span className="block text-xs text-slate-600">{frequency(c)}</span>}
              </td>
            )}
            <td className="px-3 py-3 text-right tabular-nums">{c.documentCount}</td>
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
