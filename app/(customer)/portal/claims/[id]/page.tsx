import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { contractName } from "@/components/customer/contract-name";
import { ClaimDetail, ClaimTitle } from "@/components/customer/claims/claim-detail";
import { ClaimFiles } from "@/components/customer/claims/claim-files";
import { ClaimsNotReleased } from "@/components/customer/claims/claims-not-released";
import { DocumentUpload } from "@/components/customer/document-upload";
import { getFolderClaim } from "@/lib/data/claims/get-folder-claim";
import { listClaimDocuments } from "@/lib/data/claims/list-claim-documents";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";
import { canWriteModule } from "@/lib/data/portal/folder-rights";
import { moduleVisibility } from "@/lib/data/portal/module-visibility";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ reported?: string }> };

/** One claim: what was reported, its status history, and its photos and receipts (added here). */
export default async function ClaimPage({ params, searchParams }: Props) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const customerCtx = { ...ctx, actor: ctx.actor };
  if (moduleVisibility(ctx.actor, "CLAIMS") === "notReleased") return <ClaimsNotReleased />;
  const { id } = await params;
  const claim = await getFolderClaim(customerCtx, id);
  if (!claim) notFound();
  const [t, format, locale, files, { reported }, maxUploadBytes] = await Promise.all([
    getTranslations("claims"),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    listClaimDocuments(customerCtx, claim.id),
    searchParams,
    getUploadLimit(ctx),
  ]);
  const occurred = formatDate(claim.occurredOn, locale);
  const canAddFiles = canWriteModule(customerCtx, "CLAIMS") && claim.status !== "CLOSED";
  return (
    <div className="space-y-6">
      <Link href="/portal/claims" className="text-brand-ink text-sm hover:underline">
        ← {t("detail.back")}
      </Link>
      {reported === "1" && (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {t("detail.reported")}
        </p>
      )}
      <ClaimTitle occurred={occurred} status={claim.status} />
      <ClaimDetail
        occurred={occurred}
        reportedOn={format.dateTime(claim.createdAt, { day: "2-digit", month: "2-digit", year: "numeric" })}
        description={claim.description}
        contract={claim.contract && contractName(claim.contract, locale)}
        timeline={claim.timeline}
        audience="customer"
        files={
          <>
            <ClaimFiles items={files} audience="customer" />
            {canAddFiles ? (
              <div className="space-y-2 border-t border-slate-100 pt-4">
                <h3 className="font-semibold">{t("detail.addFiles")}</h3>
                <p className="text-sm text-slate-600">{t("detail.addFilesHint")}</p>
                <DocumentUpload claimId={claim.id} defaultCategory="CLAIM" maxBytes={maxUploadBytes} />
              </div>
            ) : (
              claim.status === "CLOSED" && <p className="text-sm text-slate-600">{t("detail.closedHint")}</p>
            )}
          </>
        }
      />
    </div>
  );
}
