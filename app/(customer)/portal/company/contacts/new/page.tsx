import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyContactForm } from "@/components/customer/company/company-contact-form";
import { CompanyNotAvailable } from "@/components/customer/company/company-not-available";
import { companyContactsAccess } from "@/lib/data/company-users/company-contact-reader";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyUsers"))("new.title") };
}

/** "Neuer Kontakt": the user manager adds a contact person; the account follows on the contact's page. */
export default async function NewCompanyContactPage() {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  if (!companyContactsAccess(ctx)?.canManage) return <CompanyNotAvailable />;
  const t = await getTranslations("companyUsers");
  return (
    <div className="space-y-5">
      <Link href="/portal/company/contacts" className="text-brand-ink text-sm hover:underline">
        ← {t("detail.back")}
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">{t("new.title")}</h1>
        <p className="mt-1 text-slate-600">{t("new.intro")}</p>
      </div>
      <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <CompanyContactForm mode="create" />
      </div>
    </div>
  );
}
