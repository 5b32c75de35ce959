"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { DocumentList } from "@/components/customer/document-list";
import type { DocumentListItem } from "@/lib/data/documents/list-visible-documents";

type Props = {
  items: DocumentListItem[];
  nextCursor: string | null;
  /** the active filter, sent along when loading more */
  contract?: string;
  category?: string;
  empty: string;
};

type Wire = Omit<DocumentListItem, "createdAt" | "documentDate"> & { createdAt: string; documentDate: string | null };

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) q.set(name, value);
  return q.toString();
}

/**
 * The inbox list with "load more" (cursor pagination). Without JavaScript the button is a link to
 * the next page; with it, the next page is appended below the documents already shown.
 */
export function InboxList({ items, nextCursor, contract, category, empty }: Props) {
  const t = useTranslations("inbox.list");
  const [more, setMore] = useState<DocumentListItem[]>([]);
  const [cursor, setCursor] = useState(nextCursor);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  async function loadMore() {
    if (!cursor || loading) return;
    setLoading(true);
    setFailed(false);
    try {
      const res = await fetch(`/api/portal/documents?${query({ contract, category, cursor })}`, {
        headers: { accept: "application/json" },
        cache: "no-store",
      });
      if (!res.ok) throw new Error(String(res.status));
      const page = (await res.json()) as { items: Wire[]; nextCursor: string | null };
      const revived = page.items.map((d) => ({
        ...d,
        createdAt: new Date(d.createdAt),
        documentDate: d.documentDate ? new Date(d.documentDate) : null,
      }));
      setMore((current) => [...current, ...revived]);
      setCursor(page.nextCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <div className="space-y-3">
      <DocumentList items={[...items, ...more]} empty={empty} />
      {failed && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("moreFailed")}
        </p>
      )}
      {cursor && (
        <a
          href={`/portal/documents?${query({ contract, category, cursor })}`}
          onClick={(event) => {
            event.preventDefault();
            void loadMore();
          }}
          aria-disabled={loading || undefined}
          className="block rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-center text-sm font-medium hover:bg-slate-50 sm:inline-block"
          data-testid="documents-load-more"
        >
          {loading ? t("loadingMore") : t("more")}
        </a>
      )}
    </div>
  );
}
