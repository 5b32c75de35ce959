import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditTimelineEntry } from "@/lib/data/audit/list-audit-entries";

/** "12.03.2026, 14:05 — Andrea Becker: Vertrag geändert (Status, Beitrag)". */
export async function HistoryList({ entries }: { entries: AuditTimelineEntry[] }) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  // Audit actions and field names are open-ended; unknown ones show as stored rather than failing.
  const label = (key: string, fallback: string) => (t.has(key as "empty") ? t(key as "empty") : fallback);
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white text-sm" data-testid="audit-timeline">
      {entries.map((e) => (
        <li key={e.id} className="flex flex-wrap gap-x-3 px-4 py-2.5">
          <time dateTime={e.at.toISOString()} className="text-slate-500">
            {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
          </time>
          <span>
            <span className="font-medium">{e.actorName ?? (e.actorKind === "customer" ? t("customerSelf") : t("system"))}</span>
            {": "}
            {label(`actions.${e.action.replace(".", "_")}`, e.action)}
            {e.fields.length > 0 && (
              <span className="text-slate-500"> ({e.fields.map((f) => label(`fields.${f}`, f)).join(", ")})</span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
