import type { Metadata } from "next";
import { ContractList } from "@/components/customer/contract-list";
import { DocumentList } from "@/components/customer/document-list";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";

export const metadata: Metadata = { title: "Meine Verträge" };

export default async function PortalHome() {
  const ctx = await getRequestContext();
  const [contracts, documents] = await Promise.all([listVisibleContracts(ctx), listVisibleDocuments(ctx, { take: 10 })]);
  const locale = ctx?.tenant.locale ?? "de_DE";
  return (
    <div className="space-y-8">
      <section aria-labelledby="contracts-heading" className="space-y-3">
        <h1 id="contracts-heading" className="text-2xl font-semibold">
          Meine Verträge
        </h1>
        <ContractList items={contracts} locale={locale} />
      </section>
      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-xl font-semibold">
          Neueste Dokumente
        </h2>
        <DocumentList items={documents.items} locale={locale} />
      </section>
    </div>
  );
}
