"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { bytesInMb, UPLOAD_ACCEPT } from "@/lib/documents/upload-limits";
import { formatBytes } from "@/lib/i18n/format";
import { TICKET_ATTACHMENTS_MAX } from "@/lib/validation/ticket";

type Props = {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  disabled: boolean;
  error?: string | null;
  /** the tenant's document size limit in bytes (getUploadLimit) */
  maxBytes: number;
};

/** Early warnings only (the server checks the bytes): what would be refused anyway is marked before sending. */
export function fileProblem(file: File, maxBytes: number): "empty" | "tooLarge" | null {
  if (file.size === 0) return "empty";
  return file.size > maxBytes ? "tooLarge" : null;
}

export function hasAttachmentProblems(files: File[], maxBytes: number): boolean {
  return files.length > TICKET_ATTACHMENTS_MAX || files.some((f) => fileProblem(f, maxBytes) !== null);
}

/**
 * Picks files for one message (several at once or one after another), lists them with their sizes
 * and a remove button, and warns about files the server would refuse for their size or number.
 */
export function AttachmentPicker({ id, files, onChange, disabled, error, maxBytes }: Props) {
  const t = useTranslations("ticketUi");
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const tooMany = files.length > TICKET_ATTACHMENTS_MAX;

  function add(list: FileList | null) {
    if (list && list.length > 0) onChange([...files, ...Array.from(list)]);
    // the same file can be picked again after removing it
    if (input.current) input.current.value = "";
  }

  return (
    <div className="space-y-2">
      <div>
        <input
          ref={input}
          id={id}
          type="file"
          multiple
          accept={UPLOAD_ACCEPT}
          className="peer sr-only"
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          data-testid="ticket-file-input"
          onChange={(e) => add(e.target.files)}
        />
        <label
          htmlFor={id}
          className="inline-flex cursor-pointer items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-slate-900 peer-disabled:cursor-not-allowed peer-disabled:opacity-60 hover:bg-slate-50"
        >
          <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 fill-current">
            <path d="M13.5 3a3.5 3.5 0 0 0-2.47 1.03L4.6 10.44a5 5 0 0 0 7.07 7.07l5.3-5.3-1.41-1.41-5.3 5.3a3 3 0 0 1-4.25-4.25l6.43-6.43a1.5 1.5 0 1 1 2.12 2.12l-6.07 6.07a.5.5 0 1 1-.7-.7l5.3-5.3-1.42-1.42-5.3 5.3a2.5 2.5 0 0 0 3.54 3.54l6.07-6.07A3.5 3.5 0 0 0 13.5 3Z" />
          </svg>
          {t("compose.files")}
        </label>
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {t("compose.filesHint", { max: TICKET_ATTACHMENTS_MAX, maxMb: bytesInMb(maxBytes) })}
        </p>
      </div>
      {files.length > 0 && (
        <ul
          aria-label={t("compose.chosenFiles")}
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="ticket-chosen-files"
        >
          {files.map((file, index) => {
            const problem = fileProblem(file, maxBytes);
            return (
              <li key={`${index}-${file.name}-${file.size}`} className="flex items-start gap-3 px-3 py-2 text-sm">
                <div className="min-w-0 flex-1">
                  <p className="font-medium [overflow-wrap:anywhere]">
                    {file.name}{" "}
                    <span className="font-normal text-slate-600 tabular-nums">({formatBytes(file.size, locale)})</span>
                  </p>
                  {problem && (
                    <p className="mt-0.5 text-red-700">
                      {t(`attachments.${problem}`, { name: file.name, maxMb: bytesInMb(maxBytes) })}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  disabled={disabled}
                  aria-label={t("compose.removeLabel", { name: file.name })}
                  onClick={() => onChange(files.filter((_, i) => i !== index))}
                  className="shrink-0 rounded-md px-2 py-1 text-sm font-medium text-slate-700 underline-offset-4 hover:bg-slate-100 hover:underline disabled:opacity-60"
                >
                  {t("compose.remove")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {tooMany && (
        <p className="text-sm text-red-700" role="status">
          {t("attachments.tooMany", { max: TICKET_ATTACHMENTS_MAX })}
        </p>
      )}
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
