import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ContractDetails } from "@/components/customer/contracts/contract-details";
import { ContractStatusBadge } from "@/components/customer/contracts/contract-status-badge";
import { OwnContractBadge } from "@/components/customer/contracts/own-contract-badge";
import { DocumentList } from "@/components/customer/document-list";
import { DocumentUpload } from "@/components/customer/document-upload";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { listVisibleDocuments } from "@/lib/data/documents/list-visible-documents";
import { getPortalContract } from "@/lib/data/portal/get-portal-contract";
import { languageOf, type AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("folder.detail"))("facts") };
}

type Props = { params: Promise<{ id: string }> };

/** /portal/contracts/[id]: one contract with its documents; unknown, foreign or unreleased ids all give 404. */
export default async function PortalContractPage({ params }: Props) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx) redirect(`/login?callbackUrl=${encodeURIComponent(`/portal/contracts/${id}`)}`);
  if (ctx.actor.kind !== "CUSTOMER") redirect("/broker");
  const contract = await getPortalContract(ctx, id);
  if (!contract) notFound();
  const [documents, t, tLabels, locale, maxUploadBytes] = await Promise.all([
    listVisibleDocuments(ctx, { contractId: contract.id, take: 100 }),
    getTranslations("folder.detail"),
    getTranslations("labels"),
    getLocale(),
    getUploadLimit(ctx),
  ]);
  const lineName = (languageOf(locale as AppLocale) === "en" && contract.lineNameEn) || contract.lineName;
  const title = lineName ?? contract.product ?? tLabels(`contractModule.${contract.module}`);
  const subtitle = [contract.insurerName, contract.policyNumber].filter(Boolean).join(" · ");

  return (
    <div className="space-y-6">
      <Link
        href="/portal/contracts"
        className="text-brand-ink inline-block text-sm font-medium underline-offset-2 hover:underline"
      >
        ← {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-semibold break-words hyphens-auto">{title}</h1>
          {subtitle && <p className="break-words text-slate-600">{subtitle}</p>}
          <div className="flex flex-wrap gap-2 pt-1">
            <ContractStatusBadge status={contract.status} />
            {contract.origin === "CUSTOMER" && <OwnContractBadge />}
          </div>
        </div>
        {contract.canWrite && (
          <Link
            href={`/portal/contracts/${contract.id}/edit`}
            className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium hover:bg-slate-50"
          >
            {t("edit")}
          </Link>
        )}
      </div>

      <section aria-labelledby="contract-facts" className="space-y-3">
        <h2 id="contract-facts" className="text-xl font-semibold">
          {t("facts")}
        </h2>
        {contract.origin === "CUSTOMER" && <p className="text-sm text-slate-600">{t("ownHint")}</p>}
        <ContractDetails contract={contract} lineName={lineName} />
        {!contract.canWrite && contract.origin !== "CUSTOMER" && <p className="text-sm text-slate-600">{t("readOnlyHint")}</p>}
      </section>

      <section aria-labelledby="contract-documents" className="space-y-3">
        <h2 id="contract-documents" className="text-xl font-semibold">
          {t("documentsTitle")}
        </h2>
        <DocumentList items={documents.items} />
        {contract.canWrite && <DocumentUpload contractId={contract.id} maxBytes={maxUploadBytes} />}
      </section>
    </div>
  );
}
