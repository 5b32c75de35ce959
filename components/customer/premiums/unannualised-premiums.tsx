import { useLocale, useTranslations } from "next-intl";
import type { UnannualisedPremium } from "@/lib/data/portal/load-premium-overview";
import { formatMoney } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

/** Single premiums and premiums without a payment frequency: shown, but kept out of the yearly sums. */
export function UnannualisedPremiums({ items }: { items: UnannualisedPremium[] }) {
  const t = useTranslations("folder.premiumOverview");
  const locale = useLocale() as AppLocale;
  const name = (p: UnannualisedPremium) =>
    [(locale === "en-GB" && p.lineNameEn) || p.lineName || t("noLine"), p.insurerName].filter(Boolean).join(" · ");
  return (
    <section aria-labelledby="premiums-excluded" className="space-y-2">
      <h2 id="premiums-excluded" className="text-lg font-semibold">
        {t("excludedTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("excludedIntro")}</p>
      <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="premium-excluded">
          <caption className="sr-only">{t("excludedCaption")}</caption>
          <thead className="text-xs text-slate-600">
            <tr className="border-b border-slate-200">
              <th scope="col" className="px-3 py-2">
                {t("contract")}
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                {t("amount")}
              </th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                {t("reason")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row" className="px-3 py-2.5 font-normal">
                  {name(p)}
                  {p.policyNumber && <span className="block text-xs text-slate-600 tabular-nums">{p.policyNumber}</span>}
                  <span className="block text-xs text-slate-600 sm:hidden">
                    {p.paymentFrequency === "SINGLE" ? t("single") : t("noFrequency")}
                  </span>
                </th>
                <td className="px-3 py-2.5 text-right align-top whitespace-nowrap tabular-nums">
                  {formatMoney(p.grossPremium, p.currency, locale)}
                </td>
                <td className="hidden px-3 py-2.5 align-top sm:table-cell">
                  {p.paymentFrequency === "SINGLE" ? t("single") : t("noFrequency")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
