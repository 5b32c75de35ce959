import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CompanyLink, CompanyStructure as CompanyStructureData } from "@/lib/data/customers/get-company-structure";

/** The "Firmenverbund" section: parent chain as breadcrumbs, direct subsidiaries as links. Read-only. */
export async function CompanyStructure({ companyName, data }: { companyName: string; data: CompanyStructureData }) {
  const t = await getTranslations("contacts.structure");
  const { parents, subsidiaries, moreSubsidiaries } = data;

  return (
    <section className="space-y-3" aria-labelledby="company-structure-heading">
      <h2 id="company-structure-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <div className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5 text-sm">
        {parents.length === 0 && subsidiaries.length === 0 ? (
          <p className="text-slate-600">{t("standalone")}</p>
        ) : (
          <>
            <div>
              <h3 className="font-medium">{t("parents")}</h3>
              {parents.length === 0 ? (
                <p className="mt-1 text-slate-600">{t("noParent")}</p>
              ) : (
                <nav aria-label={t("parents")}>
                  <ol className="mt-1 flex flex-wrap items-center gap-x-1.5 gap-y-1" data-testid="company-parent-chain">
                    {parents.map((p) => (
                      <li key={p.id} className="flex items-center gap-1.5">
                        <CompanyAnchor company={p} />
                        <span aria-hidden="true" className="text-slate-400">
                          ›
                        </span>
                      </li>
                    ))}
                    <li aria-current="page" className="font-medium break-words">
                      {companyName}
                    </li>
                  </ol>
                </nav>
              )}
            </div>
            <div>
              <h3 className="font-medium">{t("subsidiaries")}</h3>
              {subsidiaries.length === 0 ? (
                <p className="mt-1 text-slate-600">{t("noSubsidiaries")}</p>
              ) : (
                <ul className="mt-1 space-y-1" data-testid="company-subsidiaries">
                  {subsidiaries.map((s) => (
                    <li key={s.id}>
                      <CompanyAnchor company={s} />
                    </li>
                  ))}
                </ul>
              )}
              {moreSubsidiaries && (
                <p className="mt-1 text-xs text-slate-500">{t("moreSubsidiaries", { count: subsidiaries.length })}</p>
              )}
            </div>
          </>
        )}
        <p className="text-xs text-slate-500">{t("hint")}</p>
      </div>
    </section>
  );
}

function CompanyAnchor({ company }: { company: CompanyLink }) {
  return (
    <Link href={`/broker/customers/${company.id}`} className="text-brand-ink break-words hover:underline">
      {company.name} <span className="text-slate-500">({company.customerNumber})</span>
    </Link>
  );
}
