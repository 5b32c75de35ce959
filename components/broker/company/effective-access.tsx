import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CompanyUserAccess } from "@/lib/data/company-admin/get-company-user-access";

/** What one company account sees in the portal: roles, covered lines, companies in scope, contracts and counts. */
export async function EffectiveAccess({ data }: { data: CompanyUserAccess }) {
  const t = await getTranslations("companyAdmin.access");
  const ts = await getTranslations("companyAdmin.accounts.status");
  const tl = await getTranslations("labels");
  const en = (await getLocale()).startsWith("en");
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const { coverage } = data;

  return (
    <div className="space-y-6" data-testid="effective-access">
      <section className="rounded-2xl border border-slate-200 bg-white p-5 text-sm">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t("account")}</dt>
          <dd className="break-all">{data.account.email}</dd>
          <dt className="text-slate-500">{t("status")}</dt>
          <dd data-testid="access-status">{ts(data.account.status)}</dd>
          <dt className="text-slate-500">{t("roles")}</dt>
          <dd data-testid="access-roles">
            {data.roles.length === 0 ? (
              t("noRoles")
            ) : (
              <ul className="flex flex-wrap gap-1.5">
                {data.roles.map((r) => (
                  <li key={r} className="rounded-full border border-slate-200 px-2 py-0.5 text-xs">
                    {tl(`companyRole.${r}`)}
                  </li>
                ))}
              </ul>
            )}
            {data.isUserManager && <p className="mt-1 text-xs text-slate-600">{t("userManagerOnly")}</p>}
          </dd>
        </dl>
      </section>

      {!data.available ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          {t("unavailable")}
        </p>
      ) : (
        <>
          <section className="space-y-2" aria-labelledby="access-coverage-heading">
            <h2 id="access-coverage-heading" className="text-lg font-semibold">
              {t("coverage")}
            </h2>
            <dl
              className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-2xl border border-slate-200 bg-white p-5 text-sm sm:grid-cols-[auto_1fr]"
              data-testid="access-coverage"
            >
              <dt className="text-slate-500">{t("lineGroups")}</dt>
              <dd data-testid="access-line-groups">
                {coverage.lineGroups.length === 0 ? t("none") : coverage.lineGroups.map((g) => tl(`lineGroup.${g}`)).join(", ")}
              </dd>
              <dt className="text-slate-500">{t("lineCodes")}</dt>
              <dd>{coverage.lineCodes.length === 0 ? t("none") : coverage.lineCodes.join(", ")}</dd>
              <dt className="text-slate-500">{t("pension")}</dt>
              <dd>{yesNo(coverage.occupationalPension)}</dd>
              <dt className="text-slate-500">{t("unassigned")}</dt>
              <dd>{yesNo(coverage.unassignedLines)}</dd>
              <dt className="text-slate-500">{t("confidential")}</dt>
              <dd data-testid="access-confidential">{yesNo(coverage.confidential)}</dd>
              <dt className="text-slate-500">{t("scope")}</dt>
              <dd>
                <ul className="space-y-0.5" data-testid="access-scope">
                  {data.scope.map((c) => (
                    <li key={c.id}>
                      <Link href={`/broker/customers/${c.id}`} className="text-brand-ink hover:underline">
                        {c.name}
                      </Link>{" "}
                      <span className="text-slate-500">({c.customerNumber})</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
          </section>

          <section className="space-y-2" aria-labelledby="access-counts-heading">
            <h2 id="access-counts-heading" className="text-lg font-semibold">
              {t("counts")}
            </h2>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="access-counts">
              {(["documents", "invoices", "objects", "claims"] as const).map((k) => (
                <div key={k} className="rounded-2xl border border-slate-200 bg-white p-4">
                  <dt className="text-xs text-slate-500">{t(k)}</dt>
                  <dd className="text-2xl font-semibold" data-testid={`access-count-${k}`}>
                    {data.counts[k]}
                  </dd>
                </div>
              ))}
            </dl>
          </section>

          <section className="space-y-2" aria-labelledby="access-contracts-heading">
            <h2 id="access-contracts-heading" className="text-lg font-semibold">
              {t("contracts", { count: data.contracts.length })}
            </h2>
            {data.contracts.length === 0 ? (
              <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
                {t("noContracts")}
              </p>
            ) : (
              <ul
                className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white text-sm"
                data-testid="access-contracts"
              >
                {data.contracts.map((c) => (
                  <li
                    key={c.id}
                    className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3"
                    data-testid="access-contract-row"
                  >
                    <div className="min-w-48">
                      <Link href={`/broker/contracts/${c.id}`} className="text-brand-ink font-medium hover:underline">
                        {c.policyNumber ?? c.product ?? "—"}
                      </Link>
                      <p className="text-slate-600">
                        {c.line ? `${c.line.code} · ${en && c.line.nameEn ? c.line.nameEn : c.line.name}` : "—"}
                        {c.insurerName ? ` · ${c.insurerName}` : ""}
                      </p>
                    </div>
                    <div className="flex flex-wrap items-center gap-1.5 text-xs">
                      <span className="text-slate-600">{c.company.name}</span>
                      {c.isConfidential && (
                        <span className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-900">{t("confidentialBadge")}</span>
                      )}
                      {c.isOccupationalPension && (
                        <span className="rounded-full bg-sky-50 px-2 py-0.5 text-sky-800">{t("pensionBadge")}</span>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
