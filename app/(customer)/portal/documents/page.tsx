import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { DocumentUpload } from "@/components/customer/document-upload";
import { InboxFilter } from "@/components/customer/documents/inbox-filter";
import { InboxList } from "@/components/customer/documents/inbox-list";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { loadDocumentInbox } from "@/lib/data/documents/load-document-inbox";
import { getUploadLimit } from "@/lib/data/tenant-settings/get-upload-limit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

/** The customer's document inbox: newest first, unread marked, filterable; own uploads at #upload. */
export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const ctx = await getRequestContext();
  const [t, inbox, maxUploadBytes] = await Promise.all([
    getTranslations("inbox"),
    loadDocumentInbox(ctx, await searchParams),
    // without a context loadDocumentInbox refuses anyway
    ctx ? getUploadLimit(ctx) : 0,
  ]);
  const { page, filter, unreadCount, contracts, canUpload } = inbox;
  const filtered = Boolean(filter.contract || filter.category);
  const empty = filtered ? t("list.emptyFiltered") : canUpload ? t("list.empty") : t("list.emptyShort");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <p
            className={`rounded-full px-3 py-1 text-sm font-medium ${unreadCount > 0 ? "bg-brand text-on-brand" : "bg-slate-100 text-slate-700"}`}
            data-testid="documents-unread-count"
          >
            {t("unreadCount", { count: unreadCount })}
          </p>
          {canUpload && (
            <a href="#upload" className="text-brand-ink text-sm font-medium underline">
              {t("toUpload")}
            </a>
          )}
        </div>
      </header>

      <section aria-labelledby="documents-list-heading" className="space-y-3">
        <h2 id="documents-list-heading" className="sr-only">
          {t("list.heading")}
        </h2>
        <InboxFilter contracts={contracts} contract={filter.contract} category={filter.category} />
        {filter.cursor && (
          <p className="text-sm">
            <Link
              href={`/portal/documents?${new URLSearchParams(
                Object.entries({ contract: filter.contract, category: filter.category }).filter((e): e is [string, string] =>
                  Boolean(e[1]),
                ),
              )}`}
              className="text-brand-ink font-medium underline"
            >
              {t("list.first")}
            </Link>
          </p>
        )}
        <InboxList
          key={`${filter.contract ?? ""}|${filter.category ?? ""}|${filter.cursor ?? ""}|${page.items.map((d) => d.id).join()}`}
          items={page.items}
          nextCursor={page.nextCursor}
          contract={filter.contract}
          category={filter.category}
          empty={empty}
        />
      </section>

      <section
        id="upload"
        aria-labelledby="upload-heading"
        className="scroll-mt-4 space-y-3 rounded-2xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 id="upload-heading" className="text-xl font-semibold">
          {t("upload.heading")}
        </h2>
        {canUpload ? (
          <>
            <p className="text-slate-700">{t("upload.intro")}</p>
            <DocumentUpload maxBytes={maxUploadBytes} />
          </>
        ) : (
          <p className="text-slate-700">{t("upload.readOnly")}</p>
        )}
      </section>
    </div>
  );
}
