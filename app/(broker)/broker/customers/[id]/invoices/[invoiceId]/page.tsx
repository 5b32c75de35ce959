import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRecordButton } from "@/components/broker/company-records/delete-record-button";
import { PremiumInvoiceForm } from "@/components/broker/company-records/premium-invoice-form";
import { RecordFormPage } from "@/components/broker/company-records/record-page-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerPremiumInvoices } from "@/lib/data/premium-invoices/list-customer-premium-invoices";
import { loadRecordPage } from "@/lib/data/premium-invoices/load-record-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.invoices"))("editTitle") };
}

export default async function EditInvoicePage({ params }: { params: Promise<{ id: string; invoiceId: string }> }) {
  const { id, invoiceId } = await params;
  const data = await loadRecordPage(await getRequestContext(), id, listCustomerPremiumInvoices);
  const invoice = data?.items.find((i) => i.id === invoiceId);
  // a role that hides financial data neither sees nor edits amounts
  if (!data?.canEdit || !invoice || invoice.amount === null) notFound();
  const t = await getTranslations("companyAdmin.invoices");
  const listHref = `/broker/customers/${id}/invoices`;
  return (
    <RecordFormPage
      customerId={id}
      customerLabel={data.customer.label}
      listHref={listHref}
      listLabel={t("title")}
      title={t("editHeading", { number: invoice.number })}
      footer={<DeleteRecordButton record="invoice" id={invoice.id} name={invoice.number} returnTo={listHref} />}
    >
      <PremiumInvoiceForm
        customerId={id}
        invoice={invoice}
        contracts={data.contracts}
        documents={data.documents}
        currency={invoice.currency}
      />
    </RecordFormPage>
  );
}
