import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ContractSummary as Summary } from "@/lib/data/portal/summarize-contracts";
import { formatMoney } from "@/lib/i18n/format";
import { StartCard } from "./start-card";

const centsToAmount = (cents: number) => (cents / 100).toFixed(2);

/** Counts per released module and, unless the broker hides money figures, the yearly premium total. */
export function ContractSummary({ summary }: { summary: Summary }) {
  const t = useTranslations("portalStart.summary");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  const premiums = summary.premiums;
  return (
    <StartCard id="start-summary-heading" title={t("heading")} more={{ href: "/portal/contracts", label: t("allContracts") }}>
      <div className="space-y-4" data-testid="start-summary">
        <dl aria-label={t("byModule")} className="grid grid-cols-2 gap-2">
          {summary.modules.map((m) => (
            <div key={m.module} className="rounded-xl bg-slate-50 px-3 py-2">
              <dt className="text-sm text-slate-600">{tLabels(`contractModule.${m.module}`)}</dt>
              <dd className="text-lg font-semibold tabular-nums" data-testid={`summary-count-${m.module}`}>
                {t("count", { count: m.count })}
              </dd>
            </div>
          ))}
        </dl>
        {premiums ? (
          <div className="border-t border-slate-100 pt-4">
            {premiums.totals.length > 0 ? (
              <dl>
                <dt className="text-sm text-slate-600">{t("annualTotal")}</dt>
                {premiums.totals.map((total) => (
                  <dd
                    key={total.currency}
                    className="text-2xl font-semibold tabular-nums"
                    data-testid={`summary-total-${total.currency}`}
                  >
                    {formatMoney(centsToAmount(total.annualCents), total.currency, locale)}
                  </dd>
                ))}
              </dl>
            ) : (
              <p className="text-sm text-slate-600">{t("noPremium")}</p>
            )}
            <div className="mt-1 space-y-0.5 text-sm text-slate-600">
              {premiums.totals.length > 0 ? <p>{t("annualTotalHint")}</p> : null}
              {premiums.singlePremiumCount > 0 ? <p>{t("excludedSingle", { count: premiums.singlePremiumCount })}</p> : null}
              {premiums.unknownFrequencyCount > 0 ? (
                <p>{t("excludedUnknown", { count: premiums.unknownFrequencyCount })}</p>
              ) : null}
            </div>
            <Link
              href="/portal/premiums"
              className="text-brand-ink mt-2 inline-block text-sm font-medium underline-offset-4 hover:underline"
            >
              {t("premiumOverview")} <span aria-hidden>→</span>
            </Link>
          </div>
        ) : null}
      </div>
    </StartCard>
  );
}
