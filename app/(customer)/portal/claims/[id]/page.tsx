import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { claimContractName } from "@/components/customer/claims/claim-contract-name";
import { ClaimFiles } from "@/components/customer/claims/claim-files";
import { ClaimStatusBadge } from "@/components/customer/claims/claim-status-badge";
import { ClaimTimeline } from "@/components/customer/claims/claim-timeline";
import { ClaimsNotReleased } from "@/components/customer/claims/claims-not-released";
import { DocumentUpload } from "@/components/customer/document-upload";
import { getFolderClaim } from "@/lib/data/claims/get-folder-claim";
import { listClaimDocuments } from "@/lib/data/claims/list-claim-documents";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canWriteModule } from "@/lib/data/portal/folder-rights";
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
  if (ctx.actor.releases.CLAIMS === "HIDDEN") return <ClaimsNotReleased />;
  const { id } = await params;
  const claim = await getFolderClaim(customerCtx, id);
  if (!claim) notFound();
  const [t, format, locale, files, { reported }] = await Promise.all([
    getTranslations("claims"),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    listClaimDocuments(customerCtx, claim.id),
    searchParams,
  ]);
  const occurred = formatDate(claim.occurredOn, locale);
  const canAddFiles = canWriteModule(customerCtx, "CLAIMS") && claim.status !== "CLOSED";
  return (
    <div className="space-y-6">
      <Link href="/portal/claims" className="text-brand text-sm hover:underline">
        ← {t("detail.back")}
      </Link>
      {reported === "1" && (
        <p role="status" className="rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {t("detail.reported")}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("detail.title", { date: occurred })}</h1>
        <ClaimStatusBadge status={claim.status} />
      </div>

      {/* phones: facts, history, files; wide screens: history in the right column */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
        <section
          aria-labelledby="facts-heading"
          className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-1 lg:row-start-1"
        >
          <h2 id="facts-heading" className="text-lg font-semibold">
            {t("detail.facts")}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("detail.occurredOn")}</dt>
            <dd className="tabular-nums">{occurred}</dd>
            <dt className="text-slate-600">{t("detail.reportedOn")}</dt>
            <dd className="tabular-nums">
              {format.dateTime(claim.createdAt, { day: "2-digit", month: "2-digit", year: "numeric" })}
            </dd>
            <dt className="text-slate-600">{t("detail.contract")}</dt>
            <dd className="break-words">{claim.contract ? claimContractName(claim.contract, locale) : t("detail.noContract")}</dd>
          </dl>
          <h3 className="mt-4 text-sm font-semibold">{t("detail.description")}</h3>
          <p className="mt-1 break-words whitespace-pre-line text-slate-800">{claim.description}</p>
        </section>

        <section
          aria-labelledby="timeline-heading"
          className="self-start rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-2 lg:row-span-2 lg:row-start-1"
        >
          <h2 id="timeline-heading" className="mb-4 text-lg font-semibold">
            {t("timeline.title")}
          </h2>
          <ClaimTimeline entries={claim.timeline} audience="customer" />
        </section>
        <section
          aria-labelledby="files-heading"
          className="space-y-3 self-start rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-1 lg:row-start-2"
        >
          <h2 id="files-heading" className="text-lg font-semibold">
            {t("files.title")}
          </h2>
          <ClaimFiles items={files} audience="customer" />
          {canAddFiles ? (
            <div className="space-y-2 border-t border-slate-100 pt-4">
              <h3 className="font-semibold">{t("detail.addFiles")}</h3>
              <p className="text-sm text-slate-600">{t("detail.addFilesHint")}</p>
              <DocumentUpload claimId={claim.id} defaultCategory="CLAIM" />
            </div>
          ) : (
            claim.status === "CLOSED" && <p className="text-sm text-slate-600">{t("detail.closedHint")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
