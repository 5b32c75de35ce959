import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CompanyAdminView } from "@/lib/data/company-admin/get-company-admin";
import { CompanyAccountRow } from "./company-account-row";

/** "Ansprechpartner und Portalkonten": each contact with account state and roles; contacts are edited in the customer file. */
export async function CompanyAccounts({ data }: { data: CompanyAdminView }) {
  const t = await getTranslations("companyAdmin.accounts");
  const { company, contacts, canEdit, canManageContacts } = data;
  return (
    <section className="space-y-3" aria-labelledby="company-accounts-heading">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="company-accounts-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {canManageContacts && (
          <Link href={`/broker/customers/${company.id}`} className="text-brand-ink text-sm hover:underline">
            {t("manageContacts")}
          </Link>
        )}
      </div>
      {contacts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white" data-testid="company-account-list">
          {contacts.map((contact) => (
            <CompanyAccountRow key={contact.id} companyId={company.id} contact={contact} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </section>
  );
}
