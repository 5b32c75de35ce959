import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { NotReleasedNotice } from "@/components/customer/contracts/not-released-notice";
import { PremiumChart } from "@/components/customer/premiums/premium-chart";
import { PremiumTable } from "@/components/customer/premiums/premium-table";
import { UnannualisedPremiums } from "@/components/customer/premiums/unannualised-premiums";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { MODULE_OF_CONTRACT } from "@/lib/data/contracts/contract-access";
import { loadPremiumOverview, type PremiumLine } from "@/lib/data/portal/load-premium-overview";
import { languageOf, type AppLocale } from "@/lib/i18n/locales";
import { CONTRACT_MODULES } from "@/lib/validation/contract";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("folder.premiumOverview"))("title") };
}

/** /portal/premiums: yearly premium per line of business (chart + table), per currency. */
export default async function PortalPremiumsPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/premiums");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const releases = ctx.actor.releases;
  const [t, tLabels, locale] = await Promise.all([
    getTranslations("folder.premiumOverview"),
    getTranslations("labels"),
    getLocale(),
  ]);
  if (!CONTRACT_MODULES.some((m) => releases[MODULE_OF_CONTRACT[m]] !== "HIDDEN")) {
    return <NotReleasedNotice title={t("title")} text={t("notReleased")} />;
  }
  const overview = await loadPremiumOverview(ctx);
  if (!overview) return <NotReleasedNotice title={t("title")} text={t("hidden")} />;

  const english = languageOf(locale as AppLocale) === "en";
  const lineLabel = (line: PremiumLine) =>
    (english && line.lineNameEn) || line.lineName || (line.module ? tLabels(`contractModule.${line.module}`) : t("noLine"));
  const empty = overview.groups.length === 0 && overview.unannualised.length === 0;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {empty && (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">{t("empty")}</p>
      )}
      {overview.groups.map((group) => (
        <section key={group.currency} aria-labelledby={`premiums-${group.currency}`} className="space-y-4">
          <h2 id={`premiums-${group.currency}`} className="text-xl font-semibold">
            {t("chartTitle", { currency: group.currency })}
          </h2>
          <div className="space-y-4">
            <div className="rounded-2xl border border-slate-200 bg-white p-4">
              <PremiumChart group={group} lineLabel={lineLabel} />
            </div>
            <PremiumTable group={group} lineLabel={lineLabel} />
          </div>
        </section>
      ))}
      {overview.unannualised.length > 0 && <UnannualisedPremiums items={overview.unannualised} />}
    </div>
  );
}
