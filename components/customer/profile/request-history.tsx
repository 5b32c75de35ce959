import { useFormatter, useTranslations } from "next-intl";
import type { ProfileRequest } from "@/lib/data/change-requests/get-profile";
import { ChangeSummary } from "./change-summary";
import { ChangeRequestStatusBadge } from "./status-badge";

/** The customer's own requests, newest first, with status, dates and the broker's reason. */
export function RequestHistory({ requests }: { requests: ProfileRequest[] }) {
  const t = useTranslations("changeRequests");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric" });
  return (
    <section aria-labelledby="profile-history" className="space-y-3">
      <h2 id="profile-history" className="text-lg font-semibold">
        {t("history.heading")}
      </h2>
      {requests.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {t("history.empty")}
        </p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} data-testid="change-request" className="rounded-2xl border border-slate-200 bg-white p-4 text-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-medium">{t(`kinds.${r.kind}`)}</h3>
                <ChangeRequestStatusBadge status={r.status} />
              </div>
              <ChangeSummary values={r.requested} className="mt-2 text-slate-800" />
              <p className="mt-2 text-xs text-slate-600">
                {t("history.requestedOn", { date: day(r.createdAt) })}
                {r.reviewedAt ? ` · ${t("history.reviewedOn", { date: day(r.reviewedAt) })}` : ""}
              </p>
              {r.reviewNote && (
                <p className="mt-2 rounded-lg bg-slate-50 px-3 py-2 text-slate-800">
                  {t("history.reason", { reason: r.reviewNote })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
