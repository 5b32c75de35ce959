import { useLocale, useTranslations } from "next-intl";
import type { HouseholdFoldersData } from "@/lib/data/households/list-household-folders";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/i18n/format";
import { OpenFolderButton } from "./open-folder-button";

/** How household consent works (always), and — for household members — folders to open and who sees mine. */
export function HouseholdOverview({ data }: { data: HouseholdFoldersData }) {
  const t = useTranslations("notifications.household");
  const locale = useLocale() as AppLocale;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {data.inHousehold && <p className="font-medium text-slate-800">{t("householdName", { name: data.householdName })}</p>}
        <p className="text-slate-700">{t("intro")}</p>
      </header>

      {data.inHousehold ? (
        <>
          <section aria-labelledby="folders-heading" className="space-y-3">
            <h2 id="folders-heading" className="text-xl font-semibold">
              {t("foldersTitle")}
            </h2>
            <ul
              className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white"
              data-testid="household-folders"
            >
              {data.folders.map((f) => (
                <li
                  key={f.customerId}
                  className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between"
                  aria-current={f.isCurrent ? "true" : undefined}
                >
                  <div className="min-w-0">
                    <p className="font-medium break-words">{f.name}</p>
                    <p className="text-sm text-slate-600">{f.isOwn ? t("ownFolder") : t("memberFolder")}</p>
                  </div>
                  {f.isCurrent ? (
                    <span className="border-brand text-brand-ink self-start rounded-full border px-3 py-1 text-sm font-medium sm:self-center">
                      {t("current")}
                    </span>
                  ) : (
                    <OpenFolderButton customerId={f.customerId} name={f.name} />
                  )}
                </li>
              ))}
            </ul>
            {data.folders.length === 1 && <p className="text-slate-700">{t("noFolders")}</p>}
          </section>

          <section aria-labelledby="viewers-heading" className="space-y-3">
            <h2 id="viewers-heading" className="text-xl font-semibold">
              {t("viewersTitle")}
            </h2>
            {data.viewers.length === 0 ? (
              <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-slate-700">{t("noViewers")}</p>
            ) : (
              <ul
                className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white"
                data-testid="household-viewers"
              >
                {data.viewers.map((v) => (
                  <li key={v.customerId} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
                    <span className="font-medium break-words">{v.name}</span>
                    <span className="text-sm text-slate-600">{t("viewerSince", { date: formatDate(v.grantedAt, locale) })}</span>
                  </li>
                ))}
              </ul>
            )}
            <p className="text-sm text-slate-700">{t("revokeHint")}</p>
          </section>
        </>
      ) : (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-slate-700">{t("notInHousehold")}</p>
      )}

      <section aria-labelledby="consent-heading" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="consent-heading" className="text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-800">
          <li>{t("howAdults")}</li>
          <li>{t("howForm")}</li>
          <li>{t("howReadOnly")}</li>
          <li>{t("howRevoke")}</li>
          <li>{t("howDefault")}</li>
        </ul>
      </section>
    </div>
  );
}
