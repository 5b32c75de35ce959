import { getTranslations } from "next-intl/server";
import { ContractList } from "@/components/customer/contract-list";
import { DocumentList } from "@/components/customer/document-list";
import type { PortalHomeData } from "@/lib/data/portal/load-portal-home";

/** The customer's start page; also rendered inside the broker's "view as customer" preview. */
export async function PortalHome({ data }: { data: PortalHomeData }) {
  const t = await getTranslations("portal.home");
  return (
    <div className="space-y-8">
      <section aria-labelledby="contracts-heading" className="space-y-3">
        <h1 id="contracts-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <ContractList items={data.contracts} />
      </section>
      <section aria-labelledby="documents-heading" className="space-y-3">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("documents")}
        </h2>
        <DocumentList items={data.documents} />
      </section>
    </div>
  );
}
