import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AddDomainForm } from "@/components/settings/domains/add-domain-form";
import { DomainCard } from "@/components/settings/domains/domain-card";
import { PortalAddresses } from "@/components/settings/domains/portal-addresses";
import { PanelSection } from "@/components/ui/panel-section";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listDomains } from "@/lib/data/domains/list-domains";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";
import { MAX_DOMAINS_PER_TENANT } from "@/lib/validation/domains";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("domains"))("title") };
}

/** /broker/settings/domains: the portal's addresses, adding custom domains and verifying them by DNS. */
export default async function DomainsSettingsPage() {
  const ctx = await getRequestContext();
  if (!canManageSettings(ctx)) notFound();
  const overview = await listDomains(ctx);
  const t = await getTranslations("domains");
  const full = overview.domains.length >= MAX_DOMAINS_PER_TENANT;
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <PortalAddresses subdomainUrl={overview.subdomainUrl} primaryUrl={overview.primaryUrl} />
      <PanelSection id="domains-add-title" title={t("add.title")}>
        <p className="mt-1 mb-3 text-xs text-slate-600">
          {t("add.count", { count: overview.domains.length, max: MAX_DOMAINS_PER_TENANT })}
        </p>
        {full ? (
          <p className="text-sm text-slate-700">{t("add.limitReached", { max: MAX_DOMAINS_PER_TENANT })}</p>
        ) : (
          <AddDomainForm />
        )}
      </PanelSection>
      <section aria-labelledby="domains-list-title">
        <h2 id="domains-list-title" className="text-lg font-semibold">
          {t("list.title")}
        </h2>
        {overview.domains.length === 0 ? (
          <p className="mt-2 rounded-2xl border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
            {t("list.empty")}
          </p>
        ) : (
          <ul className="mt-3 space-y-4" data-testid="domain-list">
            {overview.domains.map((d) => (
              <DomainCard key={d.id} domain={d} cnameTarget={overview.cnameTarget} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
