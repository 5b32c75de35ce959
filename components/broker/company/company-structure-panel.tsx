import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CompanyLink, CompanyStructure } from "@/lib/data/customers/get-company-structure";

type Props = { companyId: string; data: CompanyStructure; canAddSubsidiary: boolean };

/** The company page's group structure: parent chain, direct subsidiaries, and a way to add a subsidiary. */
export async function CompanyStructurePanel({ companyId, data, canAddSubsidiary }: Props) {
  const t = await getTranslations("companyAdmin.structure");
  const { parents, subsidiaries } = data;
  return (
    <section className="space-y-3" aria-labelledby="company-structure-panel-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="company-structure-panel-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {canAddSubsidiary && (
          <Link
            href={`/broker/customers/new?parent=${companyId}`}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            data-testid="company-add-subsidiary"
          >
            {t("addSubsidiary")}
          </Link>
        )}
      </div>
      <div className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-5 text-sm sm:grid-cols-2">
        <div>
          <h3 className="font-medium">{t("parent")}</h3>
          {parents.length === 0 ? (
            <p className="mt-1 text-slate-600">{t("noParent")}</p>
          ) : (
            <ol className="mt-1 space-y-1" data-testid="company-admin-parents">
              {parents.map((p, i) => (
                <li key={p.id} style={{ paddingLeft: `${i * 0.75}rem` }}>
                  <CompanyAnchor company={p} />
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3 className="font-medium">{t("subsidiaries")}</h3>
          {subsidiaries.length === 0 ? (
            <p className="mt-1 text-slate-600">{t("noSubsidiaries")}</p>
          ) : (
            <ul className="mt-1 space-y-1" data-testid="company-admin-subsidiaries">
              {subsidiaries.map((s) => (
                <li key={s.id}>
                  <CompanyAnchor company={s} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}

function CompanyAnchor({ company }: { company: CompanyLink }) {
  return (
    <Link href={`/broker/customers/${company.id}/company`} className="text-brand-ink break-words hover:underline">
      {company.name} <span className="text-slate-500">({company.customerNumber})</span>
    </Link>
  );
}
