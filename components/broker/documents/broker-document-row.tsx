"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormError } from "@/components/ui/form-error";
import { deleteDocumentAction } from "@/lib/actions/documents/delete-document";
import { setDocumentVisibilityAction } from "@/lib/actions/documents/set-document-visibility";
import type { BrokerDocumentItem, DocumentPermissions } from "@/lib/data/documents/list-customer-documents";
import { formatBytes, formatDate } from "@/lib/i18n/format";
import type { Msg } from "@/lib/i18n/message-key";
import { canPreview, DocumentPreview } from "./document-preview";

const secondary =
  "rounded-lg border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-slate-50 disabled:opacity-60";

/** One document in the broker's list: facts, badges, and what the actor's rights allow. */
export function BrokerDocumentRow({ item, permissions }: { item: BrokerDocumentItem; permissions: DocumentPermissions }) {
  const t = useTranslations("documents.list");
  const tl = useTranslations("labels");
  const locale = useLocale();
  const router = useRouter();
  const [previewOpen, setPreviewOpen] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<{ ok: true } | { ok: false; error: Msg }>) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) return setError(result.error);
        router.refresh();
      } catch {
        setError("common.errors.unexpected");
      }
    });
  }

  const toggleVisibility = () =>
    run(() => setDocumentVisibilityAction({ documentId: item.id, isVisibleToCustomer: !item.isVisibleToCustomer }));
  const remove = () => {
    if (window.confirm(t("confirmDelete", { title: item.title }))) run(() => deleteDocumentAction(item.id));
  };

  return (
    <li className="space-y-3 px-4 py-3" data-testid="broker-document-row">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-60 flex-1">
          <p className="font-medium break-words hyphens-auto">{item.title}</p>
          <p className="text-xs text-slate-500">
            {tl(`documentCategory.${item.category}`)} · {formatDate(item.documentDate ?? item.createdAt, locale)} ·{" "}
            {formatBytes(item.sizeBytes, locale)} ·{" "}
            {item.contractLabel ? t("contract", { label: item.contractLabel }) : t("general")}
          </p>
          <p className="mt-1 flex flex-wrap gap-1.5 text-xs">
            <span
              className={`rounded-full px-2 py-0.5 ${item.isVisibleToCustomer ? "bg-emerald-50 text-emerald-800" : "bg-slate-100 text-slate-700"}`}
            >
              {item.isVisibleToCustomer ? t("visible") : t("internal")}
            </span>
            {item.origin === "CUSTOMER" && (
              <span className="rounded-full bg-sky-50 px-2 py-0.5 text-sky-800">{t("fromCustomer")}</span>
            )}
            {item.origin === "IMPORT" && (
              <span className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">{t("imported")}</span>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label={t("actionsFor", { title: item.title })}>
          {permissions.canOpen && canPreview(item.contentType) && (
            <button
              type="button"
              className={secondary}
              aria-expanded={previewOpen}
              onClick={() => setPreviewOpen((open) => !open)}
            >
              {previewOpen ? t("closePreview") : t("preview")}
            </button>
          )}
          {permissions.canOpen && (
            <a href={`/api/documents/${item.id}/download`} className={secondary}>
              {t("download")}
            </a>
          )}
          {permissions.canChangeVisibility && (
            <button type="button" className={secondary} disabled={pending} onClick={toggleVisibility}>
              {item.isVisibleToCustomer ? t("hide") : t("show")}
            </button>
          )}
          {permissions.canDelete && (
            <button
              type="button"
              disabled={pending}
              onClick={remove}
              className="rounded-lg border border-red-200 bg-white px-2.5 py-1 text-xs font-medium text-red-700 hover:bg-red-50 disabled:opacity-60"
            >
              {t("delete")}
            </button>
          )}
        </div>
      </div>
      <FormError message={error} />
      {previewOpen && <DocumentPreview id={item.id} title={item.title} contentType={item.contentType} />}
    </li>
  );
}
