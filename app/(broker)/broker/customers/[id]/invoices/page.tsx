import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PremiumInvoiceList } from "@/components/broker/company-records/premium-invoice-list";
import { RecordListPage } from "@/components/broker/company-records/record-page-header";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listCustomerPremiumInvoices } from "@/lib/data/premium-invoices/list-customer-premium-invoices";
import { loadRecordPage } from "@/lib/data/premium-invoices/load-record-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.invoices"))("title") };
}

/** The broker's list of one customer's premium invoices (Prämienrechnungen). */
export default async function CustomerInvoicesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await loadRecordPage(await getRequestContext(), id, listCustomerPremiumInvoices);
  if (!data) notFound();
  const t = await getTranslations("companyAdmin.invoices");
  return (
    <RecordListPage
      customerId={id}
      customerLabel={data.customer.label}
      title={t("title")}
      add={data.canEdit ? { href: `/broker/customers/${id}/invoices/new`, label: t("add"), testId: "invoice-add" } : null}
      wide
    >
      <PremiumInvoiceList customerId={id} items={data.items} canEdit={data.canEdit} />
    </RecordListPage>
  );
}
