import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InsuredObjectForm } from "@/components/broker/company-records/insured-object-form";
import { RecordFormPage } from "@/components/broker/company-records/record-page-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerInsuredObjects } from "@/lib/data/insured-objects/list-customer-insured-objects";
import { loadRecordPage } from "@/lib/data/premium-invoices/load-record-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.objects"))("newTitle") };
}

export default async function NewObjectPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadRecordPage(await getRequestContext(), id, listCustomerInsuredObjects);
  if (!data?.canEdit) notFound();
  const t = await getTranslations("companyAdmin.objects");
  return (
    <RecordFormPage
      customerId={id}
      customerLabel={data.customer.label}
      listHref={`/broker/customers/${id}/objects`}
      listLabel={t("title")}
      title={t("newTitle")}
    >
      <InsuredObjectForm customerId={id} contracts={data.contracts} defaultCountry={data.customerCountry} />
    </RecordFormPage>
  );
}
