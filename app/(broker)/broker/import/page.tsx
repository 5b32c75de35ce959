import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ImportWizard } from "@/components/broker/import/import-wizard";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listImportSources } from "@/lib/data/import/list-import-sources";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import.page"))("title") };
}

/** /broker/import: CSV import of customers and contracts for staff who may edit customer data. */
export default async function ImportPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/import");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const t = await getTranslations("import.page");
  const { rights } = ctx.actor.role;
  const allowed = rights.editCustomers && rights.viewCustomers;
  const sources = allowed ? await listImportSources(ctx) : [];
  const tErrors = await getTranslations("common.errors");
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {allowed ? (
        <ImportWizard sources={sources.map(({ source, kind }) => ({ source, kind }))} />
      ) : (
        <p className="rounded-2xl border border-slate-200 bg-white p-5 text-sm text-slate-600">{tErrors("notAllowed")}</p>
      )}
    </div>
  );
}
