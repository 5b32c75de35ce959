"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { sendUpload } from "@/components/broker/documents/send-upload";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { bytesInMb } from "@/lib/documents/upload-limits";
import { formatBytes } from "@/lib/i18n/format";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";
import { CUSTOMER_DOCUMENT_CATEGORIES, ownDocumentUploadFields } from "@/lib/validation/own-document-upload";

export type DocumentUploadProps = {
  /** Attach to one of the customer's contracts (needs a WRITE release for its module). */
  contractId?: string;
  /** Attach to one of the customer's claims (photos of the damage). */
  claimId?: string;
  /** Preselected category, e.g. "CLAIM" on a claim page. */
  defaultCategory?: string;
  /** The tenant's document size limit in bytes (getUploadLimit), for the early warning and the hint. */
  maxBytes: number;
};

type Phase = { kind: "idle" } | { kind: "uploading"; progress: number } | { kind: "done"; name: string } | { kind: "failed" };

const UPLOAD_URL = "/api/portal/documents";

/**
 * The customer's own upload: pick a file or take a photo (phones open the camera), choose a
 * category, optionally a title, and send it with a visible progress bar. One file per upload; the
 * server checks type, size and rights again and answers with a translated error.
 */
export function DocumentUpload({ contractId, claimId, defaultCategory, maxBytes }: DocumentUploadProps) {
  const t = useTranslations("inbox.upload");
  const tLabels = useTranslations("labels");
  const tAll = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const cameraInput = useRef<HTMLInputElement>(null);
  const initialCategory = (CUSTOMER_DOCUMENT_CATEGORIES as readonly string[]).includes(defaultCategory ?? "")
    ? (defaultCategory as string)
    : claimId
      ? "CLAIM"
      : "OTHER";
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState(initialCategory);
  const [title, setTitle] = useState("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<Msg | null>(null);
  const busy = phase.kind === "uploading";

  function choose(files: FileList | null) {
    const chosen = files?.[0] ?? null;
    setPhase({ kind: "idle" });
    setError(null);
    if (!chosen) return;
    // early warnings only; the server decides (magic bytes, exact size)
    if (chosen.size === 0) setError(t("emptyLocal"));
    else if (chosen.size > maxBytes) setError(t("tooLargeLocal", { maxMb: bytesInMb(maxBytes) }));
    setFile(chosen.size === 0 || chosen.size > maxBytes ? null : chosen);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setTitleError(null);
    if (!file) {
      setError(t("chooseFirst"));
      return;
    }
    const checked = ownDocumentUploadFields.safeParse({ title, category, contractId, claimId });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      if (issue?.path[0] === "title") setTitleError(issue.message as Msg);
      else setError(translateMessage(tAll, (issue?.message ?? "common.errors.checkInput") as Msg));
      return;
    }
    // the fields first, the file last: the route reads them before it streams the file
    const form = new FormData();
    form.append("title", title.trim());
    form.append("category", category);
    if (contractId) form.append("contractId", contractId);
    if (claimId) form.append("claimId", claimId);
    form.append("file", file, file.name);
    setPhase({ kind: "uploading", progress: 0 });
    const answer = await sendUpload(UPLOAD_URL, form, (progress) => setPhase({ kind: "uploading", progress }));
    if (answer.ok) {
      setPhase({ kind: "done", name: file.name });
      setFile(null);
      setTitle("");
      if (fileInput.current) fileInput.current.value = "";
      if (cameraInput.current) cameraInput.current.value = "";
      router.refresh();
    } else {
      setPhase({ kind: "failed" });
      setError(answer.error ?? t("network"));
    }
  }

  const pickerClass =
    "inline-flex cursor-pointer items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-slate-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-slate-900";
  const percent = phase.kind === "uploading" ? Math.round(phase.progress * 100) : 0;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="own-document-upload">
      <div className="space-y-2">
        <div className="flex flex-wrap gap-2">
          <div>
            <input
              ref={fileInput}
              id={`${id}-file`}
              type="file"
              accept="application/pdf,image/*"
              className="peer sr-only"
              disabled={busy}
              aria-describedby={`${id}-limits`}
              data-testid="own-document-file-input"
              onChange={(e) => choose(e.target.files)}
            />
            <label htmlFor={`${id}-file`} className={pickerClass}>
              {t("file")}
            </label>
          </div>
          <div>
            <input
              ref={cameraInput}
              id={`${id}-camera`}
              type="file"
              accept="image/*"
              capture="environment"
              className="peer sr-only"
              disabled={busy}
              aria-describedby={`${id}-camera-hint`}
              data-testid="own-document-camera-input"
              onChange={(e) => choose(e.target.files)}
            />
            <label htmlFor={`${id}-camera`} className={pickerClass}>
              <svg aria-hidden viewBox="0 0 20 20" className="mr-2 h-4 w-4 fill-current">
                <path d="M7 3 5.6 5H3.5A1.5 1.5 0 0 0 2 6.5v9A1.5 1.5 0 0 0 3.5 17h13a1.5 1.5 0 0 0 1.5-1.5v-9A1.5 1.5 0 0 0 16.5 5h-2.1L13 3H7Zm3 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 1.6a2.4 2.4 0 1 0 0 4.8 2.4 2.4 0 0 0 0-4.8Z" />
              </svg>
              {t("camera")}
            </label>
          </div>
        </div>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="own-document-chosen">
          {file ? t("chosen", { name: file.name, size: formatBytes(file.size, locale) }) : t("noneChosen")}
        </p>
        <p id={`${id}-limits`} className="text-xs text-slate-600">
          {t("limits", { maxMb: bytesInMb(maxBytes) })}
        </p>
        <p id={`${id}-camera-hint`} className="sr-only">
          {t("cameraHint")}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldShell id={`${id}-category`} label={t("category")}>
          <select
            id={`${id}-category`}
            value={category}
            disabled={busy}
            onChange={(e) => setCategory(e.target.value)}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
          >
            {CUSTOMER_DOCUMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tLabels(`documentCategory.${c}`)}
              </option>
            ))}
          </select>
        </FieldShell>
        <FieldShell id={`${id}-title`} label={t("title")} hint={t("titleHint")} error={titleError}>
          <input
            id={`${id}-title`}
            type="text"
            value={title}
            maxLength={200}
            disabled={busy}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={describedBy(`${id}-title`, titleError, t("titleHint"))}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
          />
        </FieldShell>
      </div>
      {phase.kind === "uploading" && (
        <div className="space-y-1">
          <label htmlFor={`${id}-progress`} className="block text-sm font-medium">
            {t("progress")}: {percent} %
          </label>
          <progress id={`${id}-progress`} value={percent} max={100} className="accent-brand h-2 w-full" />
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="own-document-error">
          {error}
        </p>
      )}
      {phase.kind === "done" && (
        <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="own-document-success">
          {t("success", { name: phase.name })}
        </p>
      )}
      <button
        type="submit"
        disabled={busy}
        className="bg-brand text-on-brand w-full rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60 sm:w-auto"
      >
        {busy ? t("uploading") : t("submit")}
      </button>
    </form>
  );
}
