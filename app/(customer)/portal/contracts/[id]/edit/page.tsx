import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DocumentUpload } from "@/components/customer/document-upload";
import { ContractDocuments } from "@/components/customer/own-contracts/contract-documents";
import { DeleteContractPanel } from "@/components/customer/own-contracts/delete-contract-panel";
import { OwnContractForm } from "@/components/customer/own-contracts/own-contract-form";
import { PanelSection } from "@/components/ui/panel-section";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { getEditableContract } from "@/lib/data/portal/own-contracts/get-editable-contract";
import { listOwnContractOptions } from "@/lib/data/portal/own-contracts/list-own-contract-options";
import { languageOf, type AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ownContracts.pages"))("editTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

/**
 * Changes to a contract of the customer's folder (own or the broker's) in a module released with
 * WRITE, its documents and deleting it. Anything else — READ only, another member's folder, ids of
 * other customers — is a 404.
 */
export default async function EditFolderContractPage({ params, searchParams }: Props) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const ctx = await getRequestContext();
  if (!ctx) redirect(`/login?callbackUrl=/portal/contracts/${encodeURIComponent(id)}/edit`);
  if (ctx.actor.kind !== "CUSTOMER") notFound();
  const language = languageOf((await getLocale()) as AppLocale);
  const contract = await getEditableContract(ctx, id, language);
  if (!contract) notFound();
  const [t, td, options, maxUploadBytes] = await Promise.all([
    getTranslations("ownContracts.pages"),
    getTranslations("ownContracts.docs"),
    listOwnContractOptions(ctx, language),
    getUploadLimit(ctx),
  ]);
  const detailHref = `/portal/contracts/${contract.id}`;

  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <Link href={detailHref} className="text-brand-ink text-sm hover:underline">
          ← {t("backToContract")}
        </Link>
        <h1 className="text-2xl font-semibold break-words">
          {t("editTitle")}
          {contract.label ? <span className="block text-base font-normal text-slate-600">{contract.label}</span> : null}
        </h1>
        <p className="text-slate-700">{t("editIntro")}</p>
        {contract.origin !== "CUSTOMER" && (
          <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
            {t("brokerContractNote")}
          </p>
        )}
        {created === "1" && (
          <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
            {t("created")}
          </p>
        )}
      </div>

      <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
        <OwnContractForm
          contractId={contract.id}
          defaultValues={contract.values}
          modules={options.modules}
          lines={options.lines}
          insurers={options.insurers}
          currency={options.currency}
          hideFinancials={options.hideFinancials}
          hideExpiryDates={options.hideExpiryDates}
          notesEditable={contract.origin === "CUSTOMER"}
          cancelHref={detailHref}
        />
      </div>

      <PanelSection id="contract-documents-title" title={td("title")} className="space-y-3 sm:p-6">
        <ContractDocuments documents={contract.documents} />
        <h3 className="pt-2 font-semibold">{td("uploadTitle")}</h3>
        <DocumentUpload contractId={contract.id} maxBytes={maxUploadBytes} />
      </PanelSection>

      <DeleteContractPanel contractId={contract.id} brokerContract={contract.origin !== "CUSTOMER"} />
    </div>
  );
}
