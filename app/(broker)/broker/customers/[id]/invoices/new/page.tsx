import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PremiumInvoiceForm } from "@/components/broker/company-records/premium-invoice-form";
import { RecordFormPage } from "@/components/broker/company-records/record-page-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerPremiumInvoices } from "@/lib/data/premium-invoices/list-customer-premium-invoices";
import { loadRecordPage } from "@/lib/data/premium-invoices/load-record-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.invoices"))("newTitle") };
}

export default async function NewInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadRecordPage(await getRequestContext(), id, listCustomerPremiumInvoices);
  if (!data?.canEdit) notFound();
  const t = await getTranslations("companyAdmin.invoices");
  return (
    <RecordFormPage
      customerId={id}
      customerLabel={data.customer.label}
      listHref={`/broker/customers/${id}/invoices`}
      listLabel={t("title")}
      title={t("newTitle")}
    >
      <PremiumInvoiceForm customerId={id} contracts={data.contracts} documents={data.documents} currency={data.currency} />
    </RecordFormPage>
  );
}
