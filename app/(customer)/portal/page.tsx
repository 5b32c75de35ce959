import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContractList } from "@/components/customer/contract-list";
import { DocumentList } from "@/components/customer/document-list";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listVisibleContracts } from "@/lib/data/contracts/list-visible-contracts";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.home"))("title") };
}

export default async function PortalHome() {
  const ctx = await getRequestContext();
  const [contracts, documents] = await Promise.all([listVisibleContracts(ctx), listVisibleDocuments(ctx, { take: 10 })]);
  const t = await getTranslations("portal.home");
  return (
    <div className="space-y-8">
      <section aria-labelledby="contracts-heading" className="space-y-3">
        <h1 id="contracts-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <ContractList items={contracts} />
      </section>
      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("documents")}
        </h2>
        <DocumentList items={documents.items} />
      </section>
    </div>
  );
}
