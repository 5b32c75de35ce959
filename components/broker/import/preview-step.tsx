"use client";

import { useFormatter, useTranslations } from "next-intl";
import { FormError } from "@/components/ui/form-error";
import type { ImportPreview } from "@/lib/import/import-result";
import type { Msg } from "@/lib/i18n/message-key";
import { ErrorTable } from "./error-table";
import { ImportCounts } from "./import-counts";

type Props = { preview: ImportPreview; pending: boolean; error: Msg | null; onBack: () => void; onImport: () => void };

/** Step 3: what the import will do, the bad rows with reasons, and the button that imports the good ones. */
export function PreviewStep({ preview, pending, error, onBack, onImport }: Props) {
  const t = useTranslations("import.preview");
  const format = useFormatter();
  const stats = [
    { label: t("rows"), value: preview.rowCount, tone: "text-slate-900" },
    { label: t("valid"), value: preview.validRows, tone: "text-emerald-700" },
    { label: t("invalid"), value: preview.errorRows, tone: preview.errorRows > 0 ? "text-red-700" : "text-slate-900" },
  ];
  return (
    <div className="space-y-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <dl className="grid grid-cols-3 gap-3">
        {stats.map((s) => (
          <div key={s.label} className="rounded-xl border border-slate-200 p-3">
            <dt className="text-xs text-slate-600">{s.label}</dt>
            <dd className={`text-xl font-semibold tabular-nums ${s.tone}`}>{format.number(s.value)}</dd>
          </div>
        ))}
      </dl>
      <ImportCounts kind={preview.kind} counts={preview.counts} />
      {preview.errorRows === 0 ? (
        <p className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{t("allValid")}</p>
      ) : (
        <>
          {preview.validRows === 0 ? (
            <p className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">{t("noneValid")}</p>
          ) : (
            <p className="text-sm text-slate-600">{t("skipNote")}</p>
          )}
          <ErrorTable errors={preview.errors} errorRows={preview.errorRows} />
        </>
      )}
      <FormError message={error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <button
          type="button"
          onClick={onBack}
          disabled={pending}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          {t("backToMapping")}
        </button>
        <button
          type="button"
          onClick={onImport}
          disabled={pending || preview.validRows === 0}
          className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
        >
          {pending ? t("submitting") : t("submit", { count: preview.validRows })}
        </button>
      </div>
    </div>
  );
}
