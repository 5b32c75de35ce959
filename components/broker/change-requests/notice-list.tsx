import { useTranslations } from "next-intl";
import type { AffectedInsurer } from "@/lib/data/change-requests/affected-insurers";

/** One download per insurer of the customer's running contracts, plus all of them as a ZIP. */
export function NoticeList({ requestId, insurers }: { requestId: string; insurers: AffectedInsurer[] }) {
  const t = useTranslations("changeRequests.review");
  const base = `/api/change-requests/${requestId}/notices`;
  return (
    <section aria-labelledby="cr-notices" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="cr-notices" className="text-lg font-semibold">
            {t("noticesHeading")}
          </h2>
          <p className="mt-1 max-w-prose text-sm text-slate-700">{insurers.length ? t("noticesIntro") : t("noticesEmpty")}</p>
        </div>
        {insurers.length > 1 && (
          <a href={base} download className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90">
            {t("noticesZip")}
          </a>
        )}
      </div>
      {insurers.length > 0 && (
        <ul className="divide-y divide-slate-100">
          {insurers.map((i) => (
            <li key={i.key} data-testid="insurer-notice" className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="font-medium">{i.name}</p>
                <p className="text-sm break-words text-slate-600">
                  {t("policies", { count: i.policyNumbers.length, numbers: i.policyNumbers.join(", ") })}
                </p>
              </div>
              <a
                href={`${base}/${i.key}`}
                download
                className="text-brand-ink rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
              >
                {t("noticeDownload")}
                <span className="sr-only"> {t("noticeFor", { insurer: i.name })}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
