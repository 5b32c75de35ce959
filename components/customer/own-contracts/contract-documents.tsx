"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmPair } from "@/components/ui/confirm-pair";
import { FormError } from "@/components/ui/form-error";
import { deleteOwnDocumentAction } from "@/lib/actions/portal/own-contracts/delete-own-document";
import type { EditableContractDocument } from "@/lib/data/portal/own-contracts/get-editable-contract";
import { formatBytes, formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import type { Msg } from "@/lib/i18n/message-key";

/** The contract's documents; the ones the customer uploaded can be deleted (after a confirmation). */
export function ContractDocuments({ documents }: { documents: EditableContractDocument[] }) {
  const t = useTranslations("ownContracts.docs");
  const [notice, setNotice] = useState(false);
  if (documents.length === 0) {
    return (
      <>
        {notice && <DeletedNotice />}
        <p className="rounded-xl border border-dashed border-slate-300 p-4 text-sm text-slate-700">{t("empty")}</p>
      </>
    );
  }
  return (
    <>
      {notice && <DeletedNotice />}
      <ul aria-label={t("listLabel")} className="divide-y divide-slate-100 rounded-xl border border-slate-200">
        {documents.map((d) => (
          <DocumentRow key={d.id} document={d} onDeleted={() => setNotice(true)} />
        ))}
      </ul>
    </>
  );
}

function DeletedNotice() {
  const t = useTranslations("ownContracts.docs");
  return (
    <p role="status" className="mb-3 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
      {t("deleted")}
    </p>
  );
}

function DocumentRow({ document: d, onDeleted }: { document: EditableContractDocument; onDeleted: () => void }) {
  const t = useTranslations("ownContracts.docs");
  const tl = useTranslations("labels");
  const locale = useLocale() as AppLocale;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Msg | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      const result = await deleteOwnDocumentAction(d.id);
      if (!result.ok) {
        setError(result.error);
        setPending(false);
        return;
      }
      onDeleted();
      router.refresh();
    } catch {
      setError("common.errors.unexpected");
      setPending(false);
    }
  }

  return (
    <li className="px-4 py-3" data-testid="contract-document">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words hyphens-auto">{d.title}</p>
          <p className="text-xs text-slate-600">
            {tl(`documentCategory.${d.category}`)} · {formatDate(d.createdAt, locale)} · {formatBytes(d.sizeBytes, locale)}
            {d.ownUpload ? ` · ${t("ownUpload")}` : ""}
          </p>
        </div>
        <div className="flex shrink-0 gap-2">
          <a
            href={`/api/documents/${d.id}/download`}
            aria-label={t("downloadLabel", { title: d.title })}
            className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            {t("download")}
          </a>
          {d.ownUpload && !confirming && (
            <button
              type="button"
              onClick={() => setConfirming(true)}
              aria-label={t("deleteLabel", { title: d.title })}
              className="rounded-lg border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
            >
              {t("delete")}
            </button>
          )}
        </div>
      </div>
      {confirming && (
        <div className="mt-3 space-y-2 rounded-lg bg-red-50 p-3">
          <p className="text-sm font-semibold text-red-900">{t("confirm", { title: d.title })}</p>
          <FormError message={error} />
          <div className="flex flex-col gap-2 sm:flex-row">
            <ConfirmPair
              confirmLabel={t("confirmYes")}
              pendingLabel={t("deleting")}
              cancelLabel={t("cancel")}
              onConfirm={remove}
              onCancel={() => setConfirming(false)}
              pending={pending}
            />
          </div>
        </div>
      )}
    </li>
  );
}
