import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { DocumentListItem } from "@/lib/data/documents/list-visible-documents";
import { formatBytes, formatDate } from "@/lib/i18n/format";

type Props = {
  items: DocumentListItem[];
  /** shown instead of the list when there are no items */
  empty?: string;
};

/**
 * The customer's documents, newest first: unread ones marked, each with its preview page and a
 * download. Renders on the server (inbox, start page) and inside the inbox's "load more" island.
 */
export function DocumentList({ items, empty }: Props) {
  const t = useTranslations("inbox.list");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  if (items.length === 0) {
    return (
      <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-600">{empty ?? t("emptyShort")}</p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white" data-testid="document-list">
      {items.map((d) => (
        <li
          key={d.id}
          className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:gap-4"
          data-testid="document-item"
          data-unread={d.isRead ? undefined : "true"}
        >
          <div className="flex min-w-0 flex-1 items-start gap-3">
            <span aria-hidden className={`mt-2 h-2.5 w-2.5 shrink-0 rounded-full ${d.isRead ? "bg-transparent" : "bg-brand"}`} />
            <div className="min-w-0 flex-1">
              <p className="break-words hyphens-auto">
                <Link href={`/portal/documents/${d.id}`} className={`hover:underline ${d.isRead ? "" : "font-semibold"}`}>
                  {d.title}
                </Link>
                {!d.isRead && (
                  <span className="bg-brand text-on-brand ml-2 inline-block rounded-full px-2 py-0.5 align-middle text-xs font-semibold">
                    <span aria-hidden>{t("new")}</span>
                    <span className="sr-only">{t("unread")}</span>
                  </span>
                )}
              </p>
              <p className="mt-0.5 flex flex-wrap gap-x-1.5 text-sm text-slate-600">
                {[
                  <span key="category" className="font-medium text-slate-700">
                    {tLabels(`documentCategory.${d.category}`)}
                  </span>,
                  formatDate(d.documentDate ?? d.createdAt, locale),
                  formatBytes(d.sizeBytes, locale),
                  d.policyNumber ? t("contract", { policyNumber: d.policyNumber }) : null,
                  d.origin === "CUSTOMER" ? t("fromYou") : null,
                ]
                  .filter(Boolean)
                  .map((part, i) => (
                    <span key={i} className="whitespace-nowrap">
                      {i > 0 && <span aria-hidden>· </span>}
                      {part}
                    </span>
                  ))}
              </p>
            </div>
          </div>
          <div className="flex shrink-0 gap-2 pl-[1.375rem] sm:pl-0">
            <Link
              href={`/portal/documents/${d.id}`}
              className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
            >
              {t("open")}
              <span className="sr-only">: {d.title}</span>
            </Link>
            <a
              href={`/api/documents/${d.id}/download`}
              className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
            >
              {t("download")}
              <span className="sr-only">: {d.title}</span>
            </a>
          </div>
        </li>
      ))}
    </ul>
  );
}
