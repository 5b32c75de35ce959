import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CompanyAccounts } from "@/components/broker/company/company-accounts";
import { CompanyStructurePanel } from "@/components/broker/company/company-structure-panel";
import { RoleCeilingForm } from "@/components/broker/company/role-ceiling-form";
import { getCompanyAdmin } from "@/lib/data/company-admin/get-company-admin";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getCompanyStructure } from "@/lib/data/customers/get-company-structure";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.page"))("title") };
}

/** The broker's company page: structure, contacts with portal accounts and roles, the user manager's role ceiling. */
export default async function CompanyAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(id).success) notFound();
  const [data, structure] = await Promise.all([getCompanyAdmin(ctx, id), getCompanyStructure(ctx, id)]);
  if (!data || !structure) notFound();
  const t = await getTranslations("companyAdmin.page");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/broker/customers/${id}`} className="text-brand-ink text-sm hover:underline">
        ← {t("back")}
      </Link>
      <div>
        <p className="text-sm text-slate-600">{data.company.customerNumber}</p>
        <h1 className="text-2xl font-semibold" data-testid="company-admin-title">
          {t("title")}: {data.company.name}
        </h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {data.company.restricted && (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("restricted")}
        </p>
      )}
      <CompanyStructurePanel
        companyId={data.company.id}
        data={structure}
        canAddSubsidiary={ctx.actor.role.rights.editCustomers}
      />
      <CompanyAccounts data={data} />
      <RoleCeilingForm companyId={data.company.id} ceiling={data.ceiling} canEdit={data.canEdit} />
    </div>
  );
}
