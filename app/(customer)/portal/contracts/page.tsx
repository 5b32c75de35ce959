import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ContractList } from "@/components/customer/contract-list";
import { ContractFilterForm } from "@/components/customer/contracts/contract-filter-form";
import { NotReleasedNotice } from "@/components/customer/contracts/not-released-notice";
import { ContractDeletedNotice } from "@/components/customer/own-contracts/contract-deleted-notice";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { MODULE_OF_CONTRACT } from "@/lib/data/contracts/contract-access";
import { listVisibleContracts, withheldContractFields } from "@/lib/data/contracts/list-visible-contracts";
import { canWriteContractModule } from "@/lib/data/portal/folder-rights";
import { moduleVisibility } from "@/lib/data/portal/module-visibility";
import { languageOf, type AppLocale } from "@/lib/i18n/locales";
import { CONTRACT_MODULES } from "@/lib/validation/contract";
import { parsePortalContractFilter } from "@/lib/validation/portal-contract-filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("folder.list"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /portal/contracts: the released contracts by module (SMV columns), filterable by line and status. */
export default async function PortalContractsPage({ searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/portal/contracts");
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const customerCtx = { ...ctx, actor: ctx.actor };
  const [t, tLabels, locale] = await Promise.all([getTranslations("folder"), getTranslations("labels"), getLocale()]);

  // a company account: released by any company of its scope (group manager: subsidiaries too)
  const modules = CONTRACT_MODULES.filter((m) => moduleVisibility(customerCtx.actor, MODULE_OF_CONTRACT[m]) !== "notReleased");
  if (modules.length === 0) return <NotReleasedNotice title={t("list.notReleasedTitle")} text={t("list.notReleased")} />;
  const canAddOwn = modules.some((m) => canWriteContractModule(customerCtx, m));
  const withheld = withheldContractFields(ctx);

  const all = await listVisibleContracts(ctx);
  const english = languageOf(locale as AppLocale) === "en";
  const lines = [
    ...new Map(
      all.flatMap((c) => (c.lineCode ? [[c.lineCode, (english && c.lineNameEn) || c.lineName || c.lineCode] as const] : [])),
    ),
  ]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const params = await searchParams;
  const { filter, wasReset } = parsePortalContractFilter(
    params,
    lines.map((l) => l.code),
  );
  const isFiltered = filter.line !== undefined || filter.status !== undefined;
  const shown = isFiltered ? await listVisibleContracts(ctx, { lineCode: filter.line, status: filter.status }) : all;

  return (
    <div className="space-y-6">
      {params.deleted === "1" && <ContractDeletedNotice />}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("list.intro")}</p>
        </div>
        {canAddOwn && (
          <Link
            href="/portal/contracts/new"
            className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90"
            data-testid="add-own-contract"
          >
            {t("list.addOwn")}
          </Link>
        )}
      </div>

      {wasReset && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {t("filter.wasReset")}
        </p>
      )}

      {all.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          {canAddOwn ? t("list.emptyWritable") : t("list.empty")}
        </p>
      ) : (
        <>
          <ContractFilterForm lines={lines} filter={filter} resultCount={shown.length} />
          {shown.length === 0 ? (
            <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
              {t("list.noMatch")}
            </p>
          ) : (
            modules.map((module) => {
              const items = shown.filter((c) => c.module === module);
              if (items.length === 0 && isFiltered) return null;
              const headingId = `module-${module.toLowerCase()}`;
              return (
                <section key={module} aria-labelledby={headingId} className="space-y-3">
                  <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 text-xl font-semibold">
                    {tLabels(`contractModule.${module}`)}
                    <span className="text-sm font-normal text-slate-600">{t("list.sectionCount", { count: items.length })}</span>
                  </h2>
                  {items.length === 0 ? (
                    <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">
                      {t("list.sectionEmpty")}
                    </p>
                  ) : (
                    <ContractList items={items} withheld={withheld} caption={tLabels(`contractModule.${module}`)} linkToDetails />
                  )}
                </section>
              );
            })
          )}
        </>
      )}
    </div>
  );
}
