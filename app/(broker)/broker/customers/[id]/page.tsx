import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomerContracts } from "@/components/broker/customer-contracts";
import { CustomerForm } from "@/components/broker/customer-form/customer-form";
import { recordValues } from "@/components/broker/customer-form/form-values";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { canPreviewAsCustomer } from "@/lib/data/preview/can-preview";
import { HistoryList } from "@/components/broker/history-list";
import { CustomerDocuments } from "@/components/broker/documents/customer-documents";
import { listCustomerDocuments } from "@/lib/data/documents/list-customer-documents";
import { CompanyContacts } from "@/components/broker/contacts/company-contacts";
import { CompanyStructure } from "@/components/broker/contacts/company-structure";
import { listContactPersons } from "@/lib/data/contacts/list-contact-persons";
import { getCompanyStructure } from "@/lib/data/customers/get-company-structure";
import { HouseholdPanel } from "@/components/broker/households/household-panel";
import { getHouseholdPanel } from "@/lib/data/households/get-household-panel";
import { ReleaseMatrix } from "@/components/broker/releases/release-matrix";
import { getCustomerReleases } from "@/lib/data/releases/get-customer-releases";
import { listReleaseTemplates } from "@/lib/data/releases/list-release-templates";
import { customerDisplayName } from "@/lib/data/customers/customer-display-name";
import { getCustomerRecord } from "@/lib/data/customers/get-customer-record";
import { listCustomerFormOptions } from "@/lib/data/customers/list-customer-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers.pages"))("recordTitle") };
}

// In-page jumps: the customer file is long (contracts, documents, releases, master data, activity).
const SECTIONS = ["contracts", "documents", "releases", "master-data", "activity"] as const;

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(id).success) notFound();
  const record = await getCustomerRecord(ctx, id);
  if (!record) notFound();
  const t = await getTranslations("customers.pages");
  const tp = await getTranslations("customers.preview");
  const tTickets = await getTranslations("brokerTickets");
  const tCompany = await getTranslations("companyAdmin");
  const canEdit = ctx.actor.role.rights.editCustomers;
  const isCompany = record.kind === "COMPANY";
  const [
    options,
    contracts,
    activity,
    releaseLevels,
    releaseOverview,
    documents,
    household,
    contactPersons,
    companyStructure,
    maxUploadBytes,
  ] = await Promise.all([
    canEdit ? listCustomerFormOptions(ctx) : { advisors: [], companies: [] },
    listVisibleContracts(ctx, { customerId: record.id }),
    listAuditEntries(ctx, { customerId: record.id, take: 20 }),
    getCustomerReleases(ctx, record.id),
    listReleaseTemplates(ctx),
    listCustomerDocuments(ctx, { customerId: record.id }),
    isCompany ? null : getHouseholdPanel(ctx, record.id),
    isCompany ? listContactPersons(ctx, record.id) : null,
    isCompany ? getCompanyStructure(ctx, record.id) : null,
    getUploadLimit(ctx),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/broker" className="text-brand-ink text-sm hover:underline">
        ← {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">{record.customerNumber}</p>
          <h1 className="text-2xl font-semibold">{customerDisplayName(record)}</h1>
        </div>
        <div className="flex flex-wrap gap-2">
          {canEdit && (
            <Link
              href={`/broker/tickets/new?customer=${record.id}`}
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {tTickets("customerLink")}
            </Link>
          )}
          {canPreviewAsCustomer(ctx.actor.role) && (
            <Link
              href={`/broker/customers/${record.id}/preview`}
              className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {tp("open")}
            </Link>
          )}
          {/* premium invoices and insured objects (any customer, company or private) */}
          <Link
            href={`/broker/customers/${record.id}/invoices`}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            data-testid="customer-invoices-link"
          >
            {tCompany("invoices.link")}
          </Link>
          <Link
            href={`/broker/customers/${record.id}/objects`}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            data-testid="customer-objects-link"
          >
            {tCompany("objects.link")}
          </Link>
        </div>
      </div>
      <nav aria-label={t("sectionsLabel")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SECTIONS.map((section) => (
          <a key={section} href={`#${section}`} className="text-brand-ink hover:underline">
            {t(`sections.${section}`)}
          </a>
        ))}
      </nav>
      {contactPersons && <CompanyContacts companyId={record.id} data={contactPersons} />}
      {companyStructure && <CompanyStructure companyName={customerDisplayName(record)} data={companyStructure} />}
      {isCompany && (
        <Link
          href={`/broker/customers/${record.id}/company`}
          className="text-brand-ink inline-block text-sm font-medium hover:underline"
          data-testid="company-admin-link"
        >
          {tCompany("customerLink")} →
        </Link>
      )}
      <div id="contracts" className="scroll-mt-4">
        <CustomerContracts customerId={record.id} items={contracts} canAdd={canEdit} />
      </div>
      <div id="documents" className="scroll-mt-4">
        <CustomerDocuments customerId={record.id} data={documents} maxUploadBytes={maxUploadBytes} />
      </div>
      <div id="releases" className="scroll-mt-4">
        <ReleaseMatrix
          customerId={record.id}
          initialLevels={releaseLevels}
          templates={releaseOverview.templates}
          canEdit={canEdit}
        />
      </div>
      {household && <HouseholdPanel customerId={record.id} data={household} />}
      <section id="master-data" className="scroll-mt-4 space-y-3">
        <h2 className="text-lg font-semibold">{t("masterData")}</h2>
        <div className="rounded-2xl border border-slate-200 bg-white p-5">
          {canEdit ? (
            <CustomerForm
              customerId={record.id}
              defaultValues={recordValues(record)}
              advisors={options.advisors}
              companies={options.companies.filter((c) => c.id !== record.id)}
              canEditBankAccounts={record.canEditBankAccounts}
              advisorLocked={ctx.actor.role.onlyOwnCustomers}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("readOnly")}</p>
          )}
        </div>
      </section>
      <section id="activity" className="scroll-mt-4 space-y-3">
        <h2 className="text-lg font-semibold">{t("activity")}</h2>
        <HistoryList entries={activity.items} />
      </section>
    </div>
  );
}
