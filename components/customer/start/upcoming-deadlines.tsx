import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { UpcomingDeadline } from "@/lib/data/portal/list-upcoming-deadlines";
import type { DeadlineKind } from "@/lib/portal/deadlines";
import { EmptyState, StartCard } from "./start-card";

const BADGE: Record<DeadlineKind, string> = {
  CANCELLATION: "bg-amber-100 text-amber-900",
  EXPIRY: "bg-rose-100 text-rose-900",
  MAIN_DUE: "bg-sky-100 text-sky-900",
};
const KINDS: DeadlineKind[] = ["CANCELLATION", "MAIN_DUE", "EXPIRY"];

/** Deadlines of the next 90 days, grouped by day (main due dates of several contracts often coincide). */
export function UpcomingDeadlines({ items }: { items: UpcomingDeadline[] }) {
  const t = useTranslations("portalStart.deadlines");
  const tLabels = useTranslations("labels");
  const format = useFormatter();
  const locale = useLocale();
  const utc = { timeZone: "UTC" } as const;
  const days = groupByDay(items);
  // what each kind of date means, explained once below the list for the kinds that occur
  const kinds = KINDS.filter((kind) => items.some((d) => d.kind === kind));
  return (
    <StartCard id="start-deadlines-heading" title={t("heading")} subtitle={t("window")}>
      {items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="start-deadlines">
          {days.map(({ key, date, inDays, entries }) => (
            <li key={key} className="flex items-start gap-3 py-3 first:pt-0">
              <time
                dateTime={key}
                className="flex w-14 shrink-0 flex-col items-center rounded-xl border border-slate-200 py-1.5 leading-tight"
              >
                <span className="text-lg font-semibold tabular-nums">{format.dateTime(date, { day: "numeric", ...utc })}</span>
                <span className="text-xs text-slate-600">{format.dateTime(date, { month: "short", ...utc })}</span>
              </time>
              <div className="min-w-0 flex-1">
                <p className="text-sm text-slate-600">
                  {format.dateTime(date, { day: "2-digit", month: "2-digit", year: "numeric", ...utc })} ·{" "}
                  {t("in", { days: inDays })}
                </p>
                <ul className="mt-1 space-y-1">
                  {entries.map((d) => {
                    const c = d.contract;
                    const name =
                      (locale === "en-GB" && c.lineNameEn) || c.lineName || c.product || tLabels(`contractModule.${c.module}`);

                    return (
                      <li key={`${d.kind}-${c.id}`} data-testid="deadline-item" data-kind={d.kind}>
                        <Link href={`/portal/contracts/${c.id}`} className="-mx-2 block rounded-lg px-2 py-1.5 hover:bg-slate-50">
                          <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${BADGE[d.kind]}`}>
                            {t(`kind.${d.kind}`)}
                          </span>
                          <span className="mt-0.5 block font-medium break-words">{name}</span>
                          {c.insurerName || c.policyNumber ? (
                            <span className="block text-sm break-words text-slate-600">
                              {c.insurerName}
                              {c.insurerName && c.policyNumber ? " · " : null}
                              {c.policyNumber ? (
                                <span className="whitespace-nowrap">{t("policyNumber", { policyNumber: c.policyNumber })}</span>
                              ) : null}
                            </span>
                          ) : null}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </div>
            </li>
          ))}
        </ol>
      )}
      {kinds.length > 0 ? (
        <dl className="mt-3 space-y-1 border-t border-slate-100 pt-3 text-sm text-slate-600">
          {kinds.map((kind) => (
            <div key={kind}>
              <dt className="inline font-medium text-slate-700">{t(`kind.${kind}`)}: </dt>
              <dd className="inline">{t(`hint.${kind}`)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </StartCard>
  );
}

type Day = { key: string; date: Date; inDays: number; entries: UpcomingDeadline[] };

/** Items arrive sorted by date; consecutive ones of the same day form one group. */
function groupByDay(items: UpcomingDeadline[]): Day[] {
  const days: Day[] = [];
  for (const item of items) {
    const key = item.date.toISOString().slice(0, 10);
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(item);
    else days.push({ key, date: item.date, inDays: item.inDays, entries: [item] });
  }
  return days;
}
