import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimStatusForm } from "@/components/broker/claims/claim-status-form";
import { contractName } from "@/components/customer/contract-name";
import { ClaimDetail, ClaimTitle } from "@/components/customer/claims/claim-detail";
import { ClaimFiles } from "@/components/customer/claims/claim-files";
import { PanelSection } from "@/components/ui/panel-section";
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
      <Link href="/broker/claims" className="text-brand-ink text-sm hover:underline">
        ← {t("officeDetail.back")}
      </Link>
      <ClaimTitle occurred={occurred} status={claim.status} />
      <ClaimDetail
        occurred={occurred}
        reportedOn={format.dateTime(claim.createdAt, { dateStyle: "medium", timeStyle: "short" })}
        description={claim.description}
        customer={
          <Link href={`/broker/customers/${claim.customerId}`} className="text-brand-ink font-medium hover:underline">
            {claim.customerName} ({claim.customerNumber})
          </Link>
        }
        contract={
          claim.contract && (
            <Link href={`/broker/contracts/${claim.contract.id}`} className="text-brand-ink hover:underline">
              {contractName(claim.contract, locale)}
            </Link>
          )
        }
        statusPanel={
          <PanelSection id="status-heading" title={t("statusForm.title")} className="sm:p-5" headingClassName="mb-3">
            {claim.canChangeStatus ? (
              <ClaimStatusForm claimId={claim.id} current={claim.status} />
            ) : (
              <p className="text-sm text-slate-600">{t("statusForm.readOnly")}</p>
            )}
          </PanelSection>
        }
        timeline={timeline}
        audience="staff"
        files={
          rights.listDocuments ? (
            <ClaimFiles items={files} audience="staff" canOpen={rights.viewDocuments} />
          ) : (
            <p className="text-sm text-slate-600">{t("files.noRight")}</p>
          )
        }
      />
    </div>
  );
}
