"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { SubmitButton } from "@/components/ui/submit-button";
import { IMPORT_KINDS, type ImportKind } from "@/lib/import/import-fields";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_SOURCE_LENGTH } from "@/lib/import/limits";
import type { Msg } from "@/lib/i18n/message-key";
import type { ImportUpload } from "./post-import";

type Props = {
  initial: Omit<ImportUpload, "file" | "mapping">;
  /** sources with a remembered mapping, offered as suggestions */
  sources: { source: string; kind: ImportKind }[];
  pending: boolean;
  error: Msg | null;
  onSubmit: (upload: ImportUpload) => void;
};

/** Step 1: what is imported, from which source, and the file (checked for size before it is sent). */
export function UploadStep({ initial, sources, pending, error, onSubmit }: Props) {
  const t = useTranslations("import");
  const [kind, setKind] = useState<ImportKind>(initial.kind);
  const [source, setSource] = useState(initial.source);
  const [file, setFile] = useState<File | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ source?: Msg; file?: Msg }>({});
  const maxMb = MAX_IMPORT_BYTES / 1_000_000;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: { source?: Msg; file?: Msg } = {};
    if (!source.trim()) errors.source = "import.errors.sourceRequired";
    if (!file) errors.file = "import.errors.fileMissing";
    else if (file.size === 0) errors.file = "import.errors.fileEmpty";
    else if (file.size > MAX_IMPORT_BYTES) errors.file = { key: "import.errors.fileTooLarge", values: { maxMb } };
    setFieldErrors(errors);
    if (file && !errors.source && !errors.file) onSubmit({ file, kind, source: source.trim(), mapping: null });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("upload.kind")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {IMPORT_KINDS.map((k) => (
            <label
              key={k}
              className={`flex cursor-pointer gap-3 rounded-xl border p-3 ${kind === k ? "border-brand bg-slate-50" : "border-slate-200"}`}
            >
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="mt-1 size-4"
              />
              <span>
                <span className="block font-medium">{t(`kinds.${k}`)}</span>
                <span className="block text-sm text-slate-600">{t(`kinds.${k}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <label htmlFor="import-source" className="block text-sm font-medium">
          {t("upload.source")}
        </label>
        <input
          id="import-source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          maxLength={MAX_SOURCE_LENGTH}
          list="import-sources"
          autoComplete="off"
          aria-invalid={fieldErrors.source ? true : undefined}
          aria-describedby={fieldErrors.source ? "import-source-error" : "import-source-hint"}
          className="mt-1 block w-full rounded-lg border border-slate-300 px-3 py-2 sm:max-w-md"
        />
        <datalist id="import-sources">
          {sources
            .filter((s) => s.kind === kind)
            .map((s) => (
              <option key={s.source} value={s.source} />
            ))}
        </datalist>
        {!fieldErrors.source && (
          <p id="import-source-hint" className="mt-1 text-xs text-slate-500">
            {t("upload.sourceHint")}
          </p>
        )}
        <FieldError id="import-source-error" message={fieldErrors.source} />
      </div>

      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">
          {t("upload.file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-invalid={fieldErrors.file ? true : undefined}
          aria-describedby={fieldErrors.file ? "import-file-error" : "import-file-hint"}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        {!fieldErrors.file && (
          <p id="import-file-hint" className="mt-1 text-xs text-slate-500">
            {t("upload.fileHint", { maxMb, maxRows: MAX_IMPORT_ROWS })}
          </p>
        )}
        <FieldError id="import-file-error" message={fieldErrors.file} />
      </div>

      <FormError message={error} />
      <div className="sm:max-w-xs">
        <SubmitButton pending={pending} pendingLabel={t("upload.submitting")}>
          {t("upload.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
