import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomerContracts } from "@/components/broker/customer-contracts";
import { CustomerForm } from "@/components/broker/customer-form/customer-form";
import { recordValues } from "@/components/broker/customer-form/form-values";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { canPreviewAsCustomer } from "@/lib/data/preview/can-preview";
import { HistoryList } from "@/components/broker/history-list";
import { CustomerDocuments } from "@/components/broker/documents/customer-documents";
import { listCustomerDocuments } from "@/lib/data/documents/list-customer-documents";
import { ReleaseMatrix } from "@/components/broker/releases/release-matrix";
import { getCustomerReleases } from "@/lib/data/releases/get-customer-releases";
import { listReleaseTemplates } from "@/lib/data/releases/list-release-templates";
import { customerDisplayName } from "@/lib/data/customers/customer-display-name";
import { getCustomerRecord } from "@/lib/data/customers/get-customer-record";
import { listCustomerFormOptions } from "@/lib/data/customers/list-customer-form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers.pages"))("recordTitle") };
}

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF" || !z.uuid().safeParse(id).success) notFound();
  const record = await getCustomerRecord(ctx, id);
  if (!record) notFound();
  const t = await getTranslations("customers.pages");
  const tp = await getTranslations("customers.preview");
  const canEdit = ctx.actor.role.rights.editCustomers;
  const [options, contracts, activity, releaseLevels, releaseOverview, documents] = await Promise.all([
    canEdit ? listCustomerFormOptions(ctx) : { advisors: [], companies: [] },
    listVisibleContracts(ctx, { customerId: record.id }),
    listAuditEntries(ctx, { customerId: record.id, take: 20 }),
    getCustomerReleases(ctx, record.id),
    listReleaseTemplates(ctx),
    listCustomerDocuments(ctx, { customerId: record.id }),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/broker" className="text-brand text-sm hover:underline">
        ← {t("backToList")}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600">{record.customerNumber}</p>
          <h1 className="text-2xl font-semibold">{customerDisplayName(record)}</h1>
        </div>
        {canPreviewAsCustomer(ctx.actor.role) && (
          <Link
            href={`/broker/customers/${record.id}/preview`}
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
          >
            {tp("open")}
          </Link>
        )}
      </div>
      <CustomerContracts customerId={record.id} items={contracts} canAdd={canEdit} />
      <CustomerDocuments customerId={record.id} data={documents} />
      <ReleaseMatrix
        customerId={record.id}
        initialLevels={releaseLevels}
        templates={releaseOverview.templates}
        canEdit={canEdit}
      />
      <section className="space-y-3">
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
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">{t("activity")}</h2>
        <HistoryList entries={activity.items} />
      </section>
    </div>
  );
}
