import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { CreateTenantForm } from "@/components/platform/create-tenant-form";
import { PlatformShell } from "@/components/platform/platform-shell";
import { requireOperatorPage } from "@/lib/platform/require-operator-page";
import { subdomainBaseUrl } from "@/lib/tenant/domains/subdomain-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platformAdmin.create"))("title") };
}

const MARK = "__slug__";

/** /admin/tenants/new: a new broker office with its owner's invitation. */
export default async function NewTenantPage() {
  const ctx = await requireOperatorPage();
  const t = await getTranslations("platformAdmin.create");
  const [before = "", after = ""] = subdomainBaseUrl(MARK).split(MARK);
  return (
    <PlatformShell operatorName={ctx.operator.name}>
      <div className="max-w-3xl space-y-6">
        <Link href="/admin" className="text-sm text-slate-600 underline-offset-2 hover:underline">
          {t("back")}
        </Link>
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        <CreateTenantForm address={{ before, after }} />
      </div>
    </PlatformShell>
  );
}
