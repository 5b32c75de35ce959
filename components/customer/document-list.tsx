import { useLocale, useTranslations } from "next-intl";
import type { DocumentListItem } from "@/lib/data/documents/list-visible-documents";
import { formatBytes, formatDate } from "@/lib/i18n/format";

export function DocumentList({ items }: { items: DocumentListItem[] }) {
  const t = useTranslations("portal.documents");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  if (items.length === 0) {
    return <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">{t("empty")}</p>;
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white">
      {items.map((d) => (
        <li key={d.id} className="flex items-center gap-3 px-4 py-3" data-testid="document-item">
          <span
            aria-label={d.isRead ? undefined : t("unread")}
            className={`h-2 w-2 shrink-0 rounded-full ${d.isRead ? "bg-transparent" : "bg-brand"}`}
          />
          <div className="min-w-0 flex-1">
            <p className={`break-words hyphens-auto ${d.isRead ? "" : "font-semibold"}`}>{d.title}</p>
            <p className="text-xs text-slate-500">
              {tLabels(`documentCategory.${d.category}`)} · {formatDate(d.documentDate ?? d.createdAt, locale)} ·{" "}
              {formatBytes(d.sizeBytes, locale)}
              {d.policyNumber ? ` · ${t("contract", { policyNumber: d.policyNumber })}` : ""}
            </p>
          </div>
          <a
            href={`/api/documents/${d.id}/download`}
            className="shrink-0 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            {t("download")}
          </a>
        </li>
      ))}
    </ul>
  );
}
