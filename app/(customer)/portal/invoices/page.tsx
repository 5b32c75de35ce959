import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { firstParam, folderCursor, FolderNotice, FolderPage } from "@/components/customer/folder-page";
import { InvoiceFilter, INVOICE_FILTER_STATUSES } from "@/components/customer/invoices/invoice-filter";
import { InvoiceList } from "@/components/customer/invoices/invoice-list";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { folderPageContext } from "@/lib/data/portal/folder-page-context";
import { listFolderInvoices } from "@/lib/data/premium-invoices/list-folder-invoices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyModules.invoices"))("title") };
}

/** /portal/invoices: the premium invoices the viewer may see, latest due date first, filterable by status. */
export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const folder = folderPageContext(await getRequestContext(), "INVOICES");
  if (!folder) notFound();
  if (folder.visibility !== "visible") return <FolderNotice section="invoices" visibility={folder.visibility} />;
  const t = await getTranslations("companyModules.invoices");
  const params = await searchParams;
  const statusParam = firstParam(params.status);
  const status = INVOICE_FILTER_STATUSES.find((s) => s === statusParam);
  const cursor = folderCursor(params);
  const page = await listFolderInvoices(folder.ctx, { status, cursor });

  return (
    <FolderPage
      section="invoices"
      filters={{ status }}
      cursor={cursor}
      nextCursor={page.nextCursor}
      filtered={Boolean(status)}
      note={page.amountsWithheld && <p className="mt-1 text-sm text-slate-600">{t("list.amountsWithheld")}</p>}
      filter={<InvoiceFilter status={status} />}
      list={
        page.items.length > 0 ? (
          <InvoiceList items={page.items} showCompany={page.showCompany} amountsWithheld={page.amountsWithheld} />
        ) : null
      }
    />
  );
}
