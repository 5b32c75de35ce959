import { useTranslations } from "next-intl";
import Link from "next/link";
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
  const company = data.company;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold break-words">{t("greeting", { name: data.greetingName })}</h1>
        {company ? <CompanyIntro company={company} /> : <p className="mt-1 text-slate-600">{t("intro")}</p>}
      </header>
      <QuickActions actions={data.actions} />
      {company && !company.seesData ? <NoDataNotice company={company} /> : null}
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
      {company && !company.seesData ? null : (
        <StartCard
          id="start-documents-heading"
          title={t("latestDocs.heading")}
          more={{ href: "/portal/documents", label: t("latestDocs.all") }}
          plain
        >
          <DocumentList items={data.documents} />
        </StartCard>
      )}
    </div>
  );
}

type Company = NonNullable<PortalHomeData["company"]>;

// the order the roles are named in (as the broker's and the user manager's role lists show them)
const ROLE_ORDER: Company["roles"] = [
  "FULL_ACCESS",
  "GROUP_MANAGER",
  "OCCUPATIONAL_PENSION",
  "PERSONAL_LINES",
  "FLEET_MANAGER",
  "OTHER_LINES",
  "USER_MANAGER",
];

/** "Sie sind für die Muster Logistik AG angemeldet. Ihre Rollen: Flottenmanager" */
function CompanyIntro({ company }: { company: Company }) {
  const t = useTranslations("companyModules.start");
  const tLabels = useTranslations("labels");
  const roles = ROLE_ORDER.filter((r) => company.roles.includes(r)).map((r) => tLabels(`companyRole.${r}`));
  return (
    <div className="mt-1 space-y-1 text-slate-600">
      <p>
        {t.rich("company", {
          company: company.name,
          strong: (chunks) => (
            <strong className="font-semibold text-slate-900" data-testid="start-company-name">
              {chunks}
            </strong>
          ),
        })}
      </p>
      <p data-testid="start-company-roles">{roles.length > 0 ? t("roles", { roles: roles.join(", ") }) : t("noRoles")}</p>
    </div>
  );
}

/** A user manager (or a group manager) whose roles cover no line: what the portal offers them instead. */
function NoDataNotice({ company }: { company: Company }) {
  const t = useTranslations("companyModules.start");
  return (
    <section className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6" data-testid="start-company-no-data">
      <p className="text-slate-700">{company.isUserManager ? t("userManagerHint") : t("noDataHint")}</p>
      {company.isUserManager ? (
        <Link
          href="/portal/company/contacts"
          className="bg-brand text-on-brand mt-4 inline-block rounded-lg px-4 py-2.5 font-medium hover:opacity-90"
        >
          {t("toContacts")}
        </Link>
      ) : null}
    </section>
  );
}
