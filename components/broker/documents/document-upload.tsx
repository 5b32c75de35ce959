"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type DragEvent } from "react";
import { bytesInMb, UPLOAD_ACCEPT } from "@/lib/documents/upload-limits";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { documentUploadFields } from "@/lib/validation/document-upload";
import { sendUpload } from "./send-upload";
import { newUploadRow, uploadForm, type UploadRow } from "./upload-row";
import { UploadRowCard } from "./upload-row-card";

type Props = {
  customerId: string;
  /** on a contract page: every upload belongs to this contract */
  contractId?: string;
  /** on the customer page: contracts the broker may attach an upload to */
  contracts?: { id: string; label: string }[];
  /** the tenant's document size limit in bytes (getUploadLimit), for the early warning and the hint */
  maxBytes: number;
};

/**
 * Drop zone and upload list. Each file is sent on its own (one request, one progress bar), one after
 * another; the page refreshes once the batch is through so the new documents appear in the list.
 */
export function DocumentUpload({ customerId, contractId, contracts = [], maxBytes }: Props) {
  const t = useTranslations("documents.upload");
  const router = useRouter();
  const picker = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [rows, setRows] = useState<UploadRow[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (key: string, patch: Partial<UploadRow>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  function addFiles(files: FileList | null) {
    if (!files) return;
    const added = [...files].map((file) => {
      const row = newUploadRow(String(nextKey.current++), file, contractId ?? "");
      // early warnings only; the server decides (magic bytes, exact size)
      if (file.size === 0) return { ...row, phase: "blocked" as const, error: "documents.upload.emptyLocal" as const };
      if (file.size > maxBytes) {
        return {
          ...row,
          phase: "blocked" as const,
          error: { key: "documents.upload.tooLargeLocal" as const, values: { maxMb: bytesInMb(maxBytes) } },
        };
      }
      return row;
    });
    setRows((current) => [...current, ...added]);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (!busy) addFiles(event.dataTransfer.files);
  }

  async function uploadAll() {
    setBusy(true);
    let stored = 0;
    for (const row of rows.filter((r) => r.phase === "ready" || r.phase === "failed")) {
      const checked = documentUploadFields.safeParse({
        title: row.title,
        category: row.category,
        documentDate: row.documentDate,
        isVisibleToCustomer: String(row.isVisibleToCustomer),
        contractId: row.contractId,
      });
      if (!checked.success) {
        update(row.key, { phase: "failed", fieldErrors: fieldErrorsFrom(checked.error.issues) });
        continue;
      }
      update(row.key, { phase: "uploading", progress: 0, error: null, serverError: null, fieldErrors: {} });
      const answer = await sendUpload(`/api/customers/${customerId}/documents`, uploadForm(row), (progress) =>
        update(row.key, { progress }),
      );
      if (answer.ok) {
        stored++;
        update(row.key, { phase: "done", progress: 1 });
      } else {
        update(row.key, {
          phase: "failed",
          serverError: answer.error,
          error: answer.error === null ? "documents.errors.network" : null,
        });
      }
    }
    setBusy(false);
    if (stored > 0) router.refresh();
  }

  const pending = rows.filter((r) => r.phase === "ready" || r.phase === "failed").length;
  const hasDone = rows.some((r) => r.phase === "done");
  return (
    <section className="space-y-3" aria-labelledby="document-upload-heading">
      <h3 id="document-upload-heading" className="text-base font-semibold">
        {t("heading")}
      </h3>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-2xl border-2 border-dashed p-6 text-center ${dragging ? "border-brand bg-slate-50" : "border-slate-300 bg-white"}`}
        data-testid="document-drop-zone"
      >
        <p className="text-sm text-slate-700">
          {t("dropHint")}{" "}
          <button
            type="button"
            onClick={() => picker.current?.click()}
            disabled={busy}
            className="text-brand-ink font-medium underline disabled:opacity-60"
          >
            {t("choose")}
          </button>
        </p>
        <p className="mt-1 text-xs text-slate-500">{t("limits", { maxMb: bytesInMb(maxBytes) })}</p>
        <input
          ref={picker}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden
          data-testid="document-file-input"
          onChange={(e) => {
            addFiles(e.target.files);
            e.target.value = ""; // choosing the same file again must fire onChange again
          }}
        />
      </div>
      {rows.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white">
          {rows.map((row) => (
            <UploadRowCard
              key={row.key}
              row={row}
              contracts={contractId ? [] : contracts}
              onChange={(patch) => update(row.key, patch)}
              onRemove={() => setRows((current) => current.filter((r) => r.key !== row.key))}
            />
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        {pending > 0 && (
          <button
            type="button"
            onClick={uploadAll}
            disabled={busy}
            className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
          >
            {busy ? t("uploading") : t("start", { count: pending })}
          </button>
        )}
        {hasDone && !busy && (
          <button
            type="button"
            onClick={() => setRows((current) => current.filter((r) => r.phase !== "done"))}
            className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-slate-50"
          >
            {t("clearDone")}
          </button>
        )}
      </div>
    </section>
  );
}
