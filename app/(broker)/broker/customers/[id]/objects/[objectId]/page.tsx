import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRecordButton } from "@/components/broker/company-records/delete-record-button";
import { InsuredObjectForm } from "@/components/broker/company-records/insured-object-form";
import { RecordFormPage } from "@/components/broker/company-records/record-page-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerInsuredObjects } from "@/lib/data/insured-objects/list-customer-insured-objects";
import { loadRecordPage } from "@/lib/data/premium-invoices/load-record-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.objects"))("editTitle") };
}

export default async function EditObjectPage({ params }: { params: Promise<{ id: string; objectId: string }> }) {
  const { id, objectId } = await params;
  const data = await loadRecordPage(await getRequestContext(), id, listCustomerInsuredObjects);
  const object = data?.groups.flatMap((g) => g.items).find((o) => o.id === objectId);
  if (!data?.canEdit || !object) notFound();
  const t = await getTranslations("companyAdmin.objects");
  const listHref = `/broker/customers/${id}/objects`;
  return (
    <RecordFormPage
      customerId={id}
      customerLabel={data.customer.label}
      listHref={listHref}
      listLabel={t("title")}
      title={t("editHeading", { name: object.name })}
      footer={<DeleteRecordButton record="object" id={object.id} name={object.name} returnTo={listHref} />}
    >
      <InsuredObjectForm customerId={id} object={object} contracts={data.contracts} defaultCountry={data.customerCountry} />
    </RecordFormPage>
  );
}
