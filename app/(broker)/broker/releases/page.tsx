import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PortalDisplayForm } from "@/components/broker/portal-display-form";
import { BulkApplyPanel } from "@/components/broker/releases/bulk-apply-panel";
import { ReleaseLevelLegend } from "@/components/broker/releases/release-level-legend";
import { ReleaseTemplateList } from "@/components/broker/releases/release-template-list";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listReleaseCustomers } from "@/lib/data/releases/list-release-customers";
import { listReleaseTemplates } from "@/lib/data/releases/list-release-templates";
import { listAdvisorOptions } from "@/lib/data/staff/list-advisor-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("releases.page"))("title") };
}

/** /broker/releases: release templates (owner/admin manage them) and applying one to many customers. */
export default async function ReleasesPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/releases");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const canApply = ctx.actor.role.rights.editCustomers;
  const [overview, firstPage, advisors] = await Promise.all([
    listReleaseTemplates(ctx),
    canApply ? listReleaseCustomers(ctx) : null,
    canApply ? listAdvisorOptions(ctx) : [],
  ]);
  const t = await getTranslations("releases");
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("page.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("page.intro")}</p>
      </div>
      <ReleaseLevelLegend />
      <ReleaseTemplateList templates={overview.templates} canManage={overview.canManage} />
      <PortalDisplayForm
        initial={{ hideExpiryDates: ctx.tenant.portalHideExpiryDates, hideFinancials: ctx.tenant.portalHideFinancials }}
        canManage={overview.canManage}
      />
      {firstPage ? (
        <BulkApplyPanel templates={overview.templates} firstPage={firstPage} advisors={advisors} />
      ) : (
        <p className="rounded-2xl border border-slate-200 bg-white p-5 text-sm text-slate-600">{t("bulk.noRight")}</p>
      )}
    </div>
  );
}
