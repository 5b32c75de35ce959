import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimStatusForm } from "@/components/broker/claims/claim-status-form";
import { claimContractName } from "@/components/customer/claims/claim-contract-name";
import { ClaimFiles } from "@/components/customer/claims/claim-files";
import { ClaimStatusBadge } from "@/components/customer/claims/claim-status-badge";
import { ClaimTimeline } from "@/components/customer/claims/claim-timeline";
import { getClaimRecord } from "@/lib/data/claims/get-claim-record";
import { listClaimDocuments } from "@/lib/data/claims/list-claim-documents";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("title") };
}

/** The broker's claim page: what the customer reported, the files, the history and the status change. */
export default async function BrokerClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "STAFF") notFound();
  const { id } = await params;
  const claim = await getClaimRecord(ctx, id);
  if (!claim) notFound();
  const rights = ctx.actor.role.rights;
  const [t, format, locale, files] = await Promise.all([
    getTranslations("claims"),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    listClaimDocuments(ctx, claim.id),
  ]);
  const occurred = formatDate(claim.occurredOn, locale);
  const timeline = claim.timeline.map((e) => ({
    ...e,
    byline: e.byCustomer ? t("timeline.byCustomer") : e.actorName ? t("timeline.byStaff", { name: e.actorName }) : null,
  }));
  return (
    <div className="space-y-6">
      <Link href="/broker/claims" className="text-brand text-sm hover:underline">
        ← {t("officeDetail.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t("detail.title", { date: occurred })}</h1>
        <ClaimStatusBadge status={claim.status} />
      </div>

      {/* phones: facts, status, history, files; wide screens: status and history in the right column */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:grid-rows-[auto_1fr]">
        <section
          aria-labelledby="facts-heading"
          className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-1 lg:row-start-1"
        >
          <h2 id="facts-heading" className="text-lg font-semibold">
            {t("detail.facts")}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("officeDetail.customer")}</dt>
            <dd>
              <Link href={`/broker/customers/${claim.customerId}`} className="text-brand font-medium hover:underline">
                {claim.customerName} ({claim.customerNumber})
              </Link>
            </dd>
            <dt className="text-slate-600">{t("detail.occurredOn")}</dt>
            <dd className="tabular-nums">{occurred}</dd>
            <dt className="text-slate-600">{t("detail.reportedOn")}</dt>
            <dd className="tabular-nums">{format.dateTime(claim.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
            <dt className="text-slate-600">{t("detail.contract")}</dt>
            <dd className="break-words">
              {claim.contract ? (
                <Link href={`/broker/contracts/${claim.contract.id}`} className="text-brand hover:underline">
                  {claimContractName(claim.contract, locale)}
                </Link>
              ) : (
                t("detail.noContract")
              )}
            </dd>
          </dl>
          <h3 className="mt-4 text-sm font-semibold">{t("detail.description")}</h3>
          <p className="mt-1 break-words whitespace-pre-line text-slate-800">{claim.description}</p>
        </section>
        <div className="space-y-6 self-start lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <section aria-labelledby="status-heading" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 id="status-heading" className="mb-3 text-lg font-semibold">
              {t("statusForm.title")}
            </h2>
            {claim.canChangeStatus ? (
              <ClaimStatusForm claimId={claim.id} current={claim.status} />
            ) : (
              <p className="text-sm text-slate-600">{t("statusForm.readOnly")}</p>
            )}
          </section>
          <section aria-labelledby="timeline-heading" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 id="timeline-heading" className="mb-4 text-lg font-semibold">
              {t("timeline.title")}
            </h2>
            <ClaimTimeline entries={timeline} audience="staff" />
          </section>
        </div>
        <section
          aria-labelledby="files-heading"
          className="space-y-3 self-start rounded-2xl border border-slate-200 bg-white p-4 sm:p-5 lg:col-start-1 lg:row-start-2"
        >
          <h2 id="files-heading" className="text-lg font-semibold">
            {t("files.title")}
          </h2>
          {rights.listDocuments ? (
            <ClaimFiles items={files} audience="staff" canOpen={rights.viewDocuments} />
          ) : (
            <p className="text-sm text-slate-600">{t("files.noRight")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
