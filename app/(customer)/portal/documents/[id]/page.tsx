import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { canPreviewInline } from "@/components/customer/documents/preview-types";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { authorizeDocumentDownload } from "@/lib/data/documents/authorize-document-download";
import { getVisibleDocument } from "@/lib/data/documents/get-visible-document";
import { formatBytes, formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

/**
 * One document: its details, a download, and the file itself in the page (PDF in a frame, JPEG/PNG
 * as an image) from a one-minute presigned URL. Authorising the inline read audits it and marks the
 * document as read. Unknown, hidden and foreign documents are "not found" alike.
 */
export default async function DocumentPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getRequestContext();
  if (!ctx || ctx.actor.kind !== "CUSTOMER") notFound();
  const doc = await getVisibleDocument(ctx, id);
  if (!doc) notFound();
  const kind = canPreviewInline(doc.contentType);
  const inline = kind ? await authorizeDocumentDownload(ctx, { documentId: doc.id, disposition: "inline" }) : null;
  if (kind && !inline) notFound();
  const [t, tLabels, locale] = await Promise.all([getTranslations("inbox"), getTranslations("labels"), getLocale()]);
  const appLocale = locale as AppLocale;
  const download = `/api/documents/${doc.id}/download`;

  return (
    <div className="space-y-5">
      <p>
        <Link href="/portal/documents" className="text-brand-ink text-sm font-medium underline">
          <span aria-hidden>← </span>
          {t("preview.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words hyphens-auto">{doc.title}</h1>

      <section aria-labelledby="document-details-heading" className="rounded-2xl border border-slate-200 bg-white p-4">
        <h2 id="document-details-heading" className="sr-only">
          {t("preview.details")}
        </h2>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm lg:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("preview.category")}</dt>
            <dd className="font-medium">{tLabels(`documentCategory.${doc.category}`)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("preview.date")}</dt>
            <dd className="font-medium">{formatDate(doc.documentDate ?? doc.createdAt, appLocale)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("preview.contract")}</dt>
            <dd className="font-medium">{doc.policyNumber ?? t("preview.general")}</dd>
          </div>
          <div className="col-span-2 min-w-0">
            <dt className="text-slate-600">{t("preview.fileName")}</dt>
            <dd className="font-medium break-all">{doc.fileName}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("preview.size")}</dt>
            <dd className="font-medium">{formatBytes(doc.sizeBytes, appLocale)}</dd>
          </div>
        </dl>
        {doc.origin === "CUSTOMER" && <p className="mt-3 text-sm text-slate-600">{t("list.fromYou")}</p>}
        <div className="mt-4 flex flex-wrap gap-2">
          <a
            href={download}
            className="bg-brand text-on-brand rounded-lg px-4 py-2.5 text-sm font-medium hover:opacity-90"
            data-testid="document-download"
          >
            {t("list.download")}
          </a>
          {kind && (
            <a
              href={`${download}?inline=1`}
              target="_blank"
              rel="noopener"
              className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-slate-50"
            >
              {t("preview.openTab")}
            </a>
          )}
        </div>
      </section>

      {kind === "pdf" && inline ? (
        <iframe
          src={inline.url}
          title={t("preview.frameTitle", { title: doc.title })}
          className="h-[75vh] min-h-96 w-full rounded-2xl border border-slate-200 bg-slate-50"
          data-testid="document-preview-pdf"
        />
      ) : kind === "image" && inline ? (
        // eslint-disable-next-line @next/next/no-img-element -- a one-minute presigned URL; next/image would proxy and cache personal documents
        <img
          src={inline.url}
          alt={t("preview.imageAlt", { title: doc.title })}
          className="mx-auto max-h-[75vh] max-w-full rounded-2xl border border-slate-200 bg-white"
          data-testid="document-preview-image"
        />
      ) : (
        <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{t("preview.noPreview")}</p>
      )}
    </div>
  );
}
