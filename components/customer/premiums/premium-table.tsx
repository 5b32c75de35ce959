import { useLocale, useTranslations } from "next-intl";
import type { PremiumCurrencyGroup } from "@/lib/data/portal/load-premium-overview";
import { formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

type Props = { group: PremiumCurrencyGroup; lineLabel: (line: PremiumCurrencyGroup["lines"][number]) => string };

/** The accessible form of the chart: one row per line of business, the yearly total in the footer. */
export function PremiumTable({ group, lineLabel }: Props) {
  const t = useTranslations("folder.premiumOverview");
  const locale = useLocale() as AppLocale;
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="premium-table">
        <caption className="px-3 pt-3 text-left text-sm font-medium text-slate-700">
          {t("caption", { currency: group.currency })}
        </caption>
        <thead className="text-xs text-slate-600">
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-3 py-2">
              {t("line")}
            </th>
            <th scope="col" className="hidden px-3 py-2 text-right sm:table-cell">
              {t("contractCount")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("annual")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {group.lines.map((line) => (
            <tr key={line.lineCode ?? `module-${line.module}`}>
              <th scope="row" className="px-3 py-2.5 font-normal break-words hyphens-auto">
                {lineLabel(line)}
                <span className="block text-xs text-slate-600 sm:hidden">
                  {t("contractCountValue", { count: line.contractCount })}
                </span>
              </th>
              <td className="hidden px-3 py-2.5 text-right tabular-nums sm:table-cell">{line.contractCount}</td>
              <td className="px-3 py-2.5 text-right whitespace-nowrap tabular-nums">
                {formatMoney(line.annual, group.currency, locale)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-slate-300 font-semibold">
            <th scope="row" className="px-3 py-3">
              {t("total")}
            </th>
            <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell">
              {group.lines.reduce((n, l) => n + l.contractCount, 0)}
            </td>
            <td className="px-3 py-3 text-right whitespace-nowrap tabular-nums" data-testid="premium-total">
              {formatMoney(group.total, group.currency, locale)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
