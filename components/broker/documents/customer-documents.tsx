import { useTranslations } from "next-intl";
import type { CustomerDocuments as CustomerDocumentsData } from "@/lib/data/documents/list-customer-documents";
import { BrokerDocumentRow } from "./broker-document-row";
import { DocumentUpload } from "./document-upload";

type Props = {
  customerId: string;
  /** set on a contract page: uploads go to this contract and the list shows its documents */
  contractId?: string;
  data: CustomerDocumentsData;
  /** the tenant's document size limit in bytes (getUploadLimit) */
  maxUploadBytes: number;
};

/** The documents section of the broker's customer and contract pages: upload (with the right) and list. */
export function CustomerDocuments({ customerId, contractId, data, maxUploadBytes }: Props) {
  const t = useTranslations("documents.list");
  const { items, permissions } = data;
  return (
    <section className="space-y-4" aria-labelledby="customer-documents-heading">
      <h2 id="customer-documents-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      {permissions.canUpload && (
        <DocumentUpload customerId={customerId} contractId={contractId} contracts={data.contracts} maxBytes={maxUploadBytes} />
      )}
      {!permissions.canList ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("notListed")}</p>
      ) : items.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
          {permissions.canUpload ? t("emptyCanUpload") : t("empty")}
        </p>
      ) : (
        <>
          <ul
            className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white"
            data-testid="broker-document-list"
          >
            {items.map((item) => (
              <BrokerDocumentRow key={item.id} item={item} permissions={permissions} />
            ))}
          </ul>
          {data.hasMore && <p className="text-xs text-slate-500">{t("more", { count: items.length })}</p>}
        </>
      )}
    </section>
  );
}
