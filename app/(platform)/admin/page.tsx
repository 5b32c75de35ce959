import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { PlatformShell } from "@/components/platform/platform-shell";
import { TenantList } from "@/components/platform/tenant-list";
import { TenantPagination } from "@/components/platform/tenant-pagination";
import { listTenants } from "@/lib/data/platform/list-tenants";
import { requireOperatorPage } from "@/lib/platform/require-operator-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("platformAdmin.list"))("title") };
}

/** /admin on the root domain: the operator's tenant overview. */
export default async function PlatformAdminPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const ctx = await requireOperatorPage();
  const list = await listTenants(ctx, { page: (await searchParams).page });
  const t = await getTranslations("platformAdmin.list");
  return (
    <PlatformShell operatorName={ctx.operator.name}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
            <p className="mt-1 text-sm text-slate-600">{t("total", { count: list.total })}</p>
          </div>
          <Link
            href="/admin/tenants/new"
            className="rounded-lg bg-slate-900 px-4 py-2.5 text-sm font-medium text-white hover:bg-slate-800"
          >
            {t("create")}
          </Link>
        </div>
        <TenantList rows={list.rows} />
        <TenantPagination page={list.page} pageCount={list.pageCount} />
      </div>
    </PlatformShell>
  );
}
