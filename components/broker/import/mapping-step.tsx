"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/ui/form-error";
import { checkMapping, type MappingProblem } from "@/lib/import/check-mapping";
import type { ColumnMapping } from "@/lib/import/column-mapping";
import { REQUIRED_FIELDS, type ImportField } from "@/lib/import/import-fields";
import type { ImportPreview } from "@/lib/import/import-result";
import type { Msg } from "@/lib/i18n/message-key";
import { translateMessage } from "@/lib/i18n/translate-message";

type Props = {
  preview: ImportPreview;
  fileName: string;
  mapping: ColumnMapping;
  pending: boolean;
  error: Msg | null;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onSubmit: () => void;
};

/** Step 2: one line per file column with sample values and the portal field it feeds. */
export function MappingStep({ preview, fileName, mapping, pending, error, onChange, onBack, onSubmit }: Props) {
  const t = useTranslations("import");
  const translate = useTranslations();
  const fieldLabel = (field: ImportField) => t(`fields.${field}`);
  const problems = checkMapping(mapping, preview.kind, preview.fields);
  const problemText = (p: MappingProblem) =>
    translateMessage(
      translate,
      typeof p.message === "string" ? { key: p.message, values: { field: fieldLabel(p.field) } } : p.message,
    );
  const required = REQUIRED_FIELDS[preview.kind];

  function choose(header: string, value: string) {
    const next = { ...mapping };
    if (value) next[header] = value as ImportField;
    else delete next[header];
    onChange(next);
  }

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold">{t("mapping.title")}</h2>
        <p className="text-sm text-slate-600">{t("mapping.fileInfo", { rows: preview.rowCount, fileName })}</p>
        <p className="mt-2 text-sm text-slate-700">
          {preview.mappingOrigin === "profile" ? t("mapping.fromProfile", { source: preview.source }) : t("mapping.suggested")}
        </p>
        <p className="mt-1 text-xs text-slate-500">{t("mapping.required", { fields: required.map(fieldLabel).join(", ") })}</p>
      </div>

      <div className="rounded-xl border border-slate-200">
        <div className="hidden grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_minmax(0,1fr)] gap-3 border-b border-slate-200 bg-slate-50 px-3 py-2 text-xs text-slate-600 uppercase sm:grid">
          <span>{t("mapping.column")}</span>
          <span>{t("mapping.samples")}</span>
          <span>{t("mapping.field")}</span>
        </div>
        <ul className="divide-y divide-slate-100">
          {preview.headers.map((header, i) => {
            const samples = preview.samples[i] ?? [];
            return (
              <li
                key={header}
                data-testid="mapping-row"
                className="grid gap-1 px-3 py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_minmax(0,1fr)] sm:items-center sm:gap-3"
              >
                <span className="font-medium break-words">{header}</span>
                <span className="truncate text-sm text-slate-500" title={samples.join(" · ")}>
                  {samples.length > 0 ? samples.join(" · ") : t("mapping.noSamples")}
                </span>
                <select
                  value={mapping[header] ?? ""}
                  onChange={(e) => choose(header, e.target.value)}
                  aria-label={t("mapping.fieldFor", { column: header })}
                  className="block w-full rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm"
                >
                  <option value="">{t("mapping.skip")}</option>
                  {preview.fields.map((field) => (
                    <option key={field} value={field}>
                      {fieldLabel(field)}
                      {required.includes(field) ? " *" : ""}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ul>
      </div>

      {problems.length > 0 && (
        <ul role="alert" className="list-inside list-disc space-y-1 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {problems.map((p) => (
            <li key={`${p.field}-${String(p.message)}`}>{problemText(p)}</li>
          ))}
        </ul>
      )}
      <FormError message={error} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <button
          type="button"
          onClick={onBack}
          disabled={pending}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          {t("mapping.back")}
        </button>
        <button
          type="button"
          onClick={onSubmit}
          disabled={pending || problems.length > 0}
          className="bg-brand text-on-brand rounded-lg px-4 py-2.5 font-medium hover:opacity-90 disabled:opacity-60"
        >
          {pending ? t("mapping.submitting") : t("mapping.submit")}
        </button>
      </div>
    </div>
  );
}
