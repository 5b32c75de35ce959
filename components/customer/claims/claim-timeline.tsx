import { useFormatter, useTranslations } from "next-intl";
import type { ClaimStatusValue } from "@/lib/validation/claim";
import { ClaimStatusBadge } from "./claim-status-badge";

export type TimelineEntry = {
  id: string;
  status: ClaimStatusValue;
  note: string | null;
  createdAt: Date;
  /** who made the entry (broker's view only) */
  byline?: string | null;
};

/** The claim's history, oldest first: each status with date and time, and the broker's note if any. */
export function ClaimTimeline({ entries, audience }: { entries: TimelineEntry[]; audience: "customer" | "staff" }) {
  const t = useTranslations("claims");
  const format = useFormatter();
  return (
    <ol className="relative space-y-5 border-l-2 border-slate-200 pl-5">
      {entries.map((e, i) => (
        <li key={e.id} className="relative" data-testid="claim-event">
          <span
            aria-hidden="true"
            className={`absolute top-1 -left-[1.72rem] h-3 w-3 rounded-full ring-4 ring-white ${
              i === entries.length - 1 ? "bg-brand" : "bg-slate-400"
            }`}
          />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ClaimStatusBadge status={e.status} />
            <time dateTime={e.createdAt.toISOString()} className="text-sm text-slate-600 tabular-nums">
              {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </time>
            {e.byline && <span className="text-sm text-slate-600">{e.byline}</span>}
          </div>
          <p className="mt-1 text-sm text-slate-700">{t(`statusMeaning.${e.status}`)}</p>
          {e.note && (
            <div className="mt-2 rounded-lg bg-slate-50 p-3 text-sm">
              <p className="font-medium text-slate-700">
                {t(audience === "customer" ? "timeline.note" : "timeline.noteByOffice")}
              </p>
              <p className="mt-1 break-words whitespace-pre-line">{e.note}</p>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
