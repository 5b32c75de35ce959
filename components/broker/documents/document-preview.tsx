"use client";

import { useTranslations } from "next-intl";

/** Types the browser shows inline; HEIC and TIFF mostly not, so they are only downloadable. */
export function canPreview(contentType: string): boolean {
  return contentType === "application/pdf" || contentType === "image/jpeg" || contentType === "image/png";
}

/**
 * The document shown in the page. The source is the download route with ?inline=1: it authorises
 * and audits the view, then redirects to a 60-second presigned URL (allowed by the CSP's img-src
 * and frame-src for exactly the storage origin).
 */
export function DocumentPreview({ id, title, contentType }: { id: string; title: string; contentType: string }) {
  const t = useTranslations("documents.list");
  const src = `/api/documents/${id}/download?inline=1`;
  if (!canPreview(contentType)) return <p className="text-sm text-slate-600">{t("noPreview")}</p>;
  return contentType === "application/pdf" ? (
    <iframe
      src={src}
      title={t("previewTitle", { title })}
      className="h-[70vh] w-full rounded-lg border border-slate-200 bg-slate-50"
    />
  ) : (
    // eslint-disable-next-line @next/next/no-img-element -- a presigned one-minute URL behind a redirect; next/image would proxy and cache personal documents
    <img
      src={src}
      alt={t("previewTitle", { title })}
      className="mx-auto max-h-[70vh] max-w-full rounded-lg border border-slate-200"
    />
  );
}
