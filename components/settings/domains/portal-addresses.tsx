import { getTranslations } from "next-intl/server";
import { PanelSection } from "@/components/ui/panel-section";

type Props = { subdomainUrl: string; primaryUrl: string | null };

/** "Ihre Portaladressen": the subdomain that always works and the primary domain links use. */
export async function PortalAddresses({ subdomainUrl, primaryUrl }: Props) {
  const t = await getTranslations("domains.addresses");
  return (
    <PanelSection id="domains-addresses-title" title={t("title")}>
      <dl className="mt-3 space-y-3 text-sm">
        <div>
          <dt className="font-medium">{t("subdomain")}</dt>
          <dd className="break-all" data-testid="domains-subdomain-url">
            {subdomainUrl}
          </dd>
          <dd className="text-xs text-slate-600">{t("subdomainHint")}</dd>
        </div>
        {primaryUrl && (
          <div>
            <dt className="font-medium">{t("primary")}</dt>
            <dd className="break-all" data-testid="domains-primary-url">
              {primaryUrl}
            </dd>
          </div>
        )}
      </dl>
      <p className="mt-3 text-xs text-slate-600">{primaryUrl ? t("primaryHint") : t("noPrimary")}</p>
    </PanelSection>
  );
}
