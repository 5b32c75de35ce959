import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerForm } from "@/components/broker/customer-form/customer-form";
import { newCustomerValues, newSubsidiaryValues } from "@/components/broker/customer-form/form-values";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerFormOptions } from "@/lib/data/customers/list-customer-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers.pages"))("newTitle") };
}

export default async function NewCustomerPage({ searchParams }: { searchParams: Promise<{ parent?: string | string[] }> }) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !ctx.actor.role.rights.editCustomers) notFound();
  const t = await getTranslations("customers.pages");
  const options = await listCustomerFormOptions(ctx);
  const locked = ctx.actor.role.onlyOwnCustomers;
  const country = ctx.tenant.locale === "de_CH" ? "CH" : "DE";
  const advisorId = locked ? ctx.actor.id : null;
  // "Tochterfirma anlegen" on a company page: preset the parent, only if it is one of the offered companies
  const { parent } = await searchParams;
  const parentId = typeof parent === "string" && options.companies.some((c) => c.id === parent) ? parent : null;
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link href="/broker" className="text-brand-ink text-sm hover:underline">
        ← {t("backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <div className="rounded-2xl border border-slate-200 bg-white p-5">
        <CustomerForm
          customerId={null}
          defaultValues={parentId ? newSubsidiaryValues(country, advisorId, parentId) : newCustomerValues(country, advisorId)}
          advisors={options.advisors}
          companies={options.companies}
          canEditBankAccounts={ctx.actor.role.rights.manageBankAccounts}
          advisorLocked={locked}
        />
      </div>
    </div>
  );
}
