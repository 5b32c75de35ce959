import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InsuredObjectList } from "@/components/broker/company-records/insured-object-list";
import { RecordListPage } from "@/components/broker/company-records/record-page-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerInsuredObjects } from "@/lib/data/insured-objects/list-customer-insured-objects";
import { loadRecordPage } from "@/lib/data/premium-invoices/load-record-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.objects"))("title") };
}

/** The broker's list of one customer's insured objects, grouped by kind. */
export default async function CustomerObjectsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadRecordPage(await getRequestContext(), id, listCustomerInsuredObjects);
  if (!data) notFound();
  const t = await getTranslations("companyAdmin.objects");
  return (
    <RecordListPage
      customerId={id}
      customerLabel={data.customer.label}
      title={t("title")}
      add={data.canEdit ? { href: `/broker/customers/${id}/objects/new`, label: t("add"), testId: "object-add" } : null}
    >
      <InsuredObjectList customerId={id} data={data} />
    </RecordListPage>
  );
}
