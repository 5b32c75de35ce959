import { useTranslations } from "next-intl";
import { DocumentList } from "@/components/customer/document-list";
import { ContactCard } from "@/components/customer/start/contact-card";
import { ContractSummary } from "@/components/customer/start/contract-summary";
import { LatestNotifications } from "@/components/customer/start/latest-notifications";
import { QuickActions } from "@/components/customer/start/quick-actions";
import { StartCard } from "@/components/customer/start/start-card";
import { UpcomingDeadlines } from "@/components/customer/start/upcoming-deadlines";
import type { PortalHomeData } from "@/lib/data/portal/load-portal-home";

/**
 * The customer's start page; also rendered inside the broker's "view as customer" preview.
 * Phones: one column in reading order; desktop: news and deadlines beside contact and summary.
 */
export function PortalHome({ data }: { data: PortalHomeData }) {
  const t = useTranslations("portalStart");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold break-words">{t("greeting", { name: data.greetingName })}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>
      <QuickActions actions={data.actions} />
      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          <LatestNotifications items={data.notifications} now={data.now} />
          {data.deadlines ? <UpcomingDeadlines items={data.deadlines} /> : null}
        </div>
        <div className="space-y-6 lg:col-span-2">
          <ContactCard contact={data.contact} />
          {data.summary ? <ContractSummary summary={data.summary} /> : null}
        </div>
      </div>
      <StartCard
        id="start-documents-heading"
        title={t("latestDocs.heading")}
        more={{ href: "/portal/documents", label: t("latestDocs.all") }}
        plain
      >
        <DocumentList items={data.documents} />
      </StartCard>
    </div>
  );
}
