import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NoticeList } from "@/components/broker/change-requests/notice-list";
import { ReviewPanel } from "@/components/broker/change-requests/review-panel";
import { ChangeSummary } from "@/components/customer/profile/change-summary";
import { ChangeRequestStatusBadge } from "@/components/customer/profile/status-badge";
import { getChangeRequest } from "@/lib/data/change-requests/get-change-request";
import { getRequestContext } from "@/lib/data/context/get-request-context";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("changeRequests.review"))("listTitle") };
}

export default async function ChangeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await getRequestContext();
  const { id } = await params;
  if (!ctx) redirect(`/login?callbackUrl=/broker/change-requests/${encodeURIComponent(id)}`);
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const request = await getChangeRequest(ctx, id);
  if (!request) notFound();
  const [t, format] = await Promise.all([getTranslations("changeRequests"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const reviewed = request.status !== "PENDING";

  return (
    <div className="space-y-5">
      <Link href="/broker/change-requests" className="text-brand-ink text-sm font-medium hover:underline">
        ← {t("review.back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold break-words">
            {t("review.detailTitle", { kind: t(`kinds.${request.kind}`), customer: request.customer.name })}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            <span className="tabular-nums">{request.customer.customerNumber}</span> ·{" "}
            {t("review.requestedBy", { date: when(request.createdAt) })}
            {request.reviewedAt &&
              ` · ${
                request.reviewerName
                  ? t("review.reviewedBy", { date: when(request.reviewedAt), name: request.reviewerName })
                  : t("review.reviewedAt", { date: when(request.reviewedAt) })
              }`}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <ChangeRequestStatusBadge status={request.status} />
          <Link href={`/broker/customers/${request.customer.id}`} className="text-brand-ink text-sm font-medium hover:underline">
            {t("review.openCustomer")}
          </Link>
        </div>
      </div>

      <section aria-labelledby="cr-compare" className="space-y-3">
        <h2 id="cr-compare" className="sr-only">
          {t("review.compareCaption")}
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <div className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
            <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
              {reviewed && request.status === "APPLIED" ? t("review.replaced") : t("review.current")}
            </h3>
            <ChangeSummary values={request.current} className="mt-2" />
          </div>
          <div className="border-brand rounded-2xl border-2 bg-white p-4 sm:p-5">
            <h3 className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
              {request.status === "APPLIED" ? t("review.applied") : t("review.requested")}
            </h3>
            <ChangeSummary values={request.requested} className="mt-2 font-medium" />
          </div>
        </div>
      </section>

      {request.status === "REJECTED" && request.reviewNote && (
        <p className="rounded-lg bg-slate-100 px-4 py-3 text-sm text-slate-800">
          {t("review.rejectedReason", { reason: request.reviewNote })}
        </p>
      )}
      {request.canReview && <ReviewPanel id={request.id} />}
      {!reviewed && !request.canReview && (
        <p className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-950">{t("review.noRight")}</p>
      )}
      {request.notices && <NoticeList requestId={request.id} insurers={request.notices} />}
    </div>
  );
}
