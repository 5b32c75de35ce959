"use client";

import { useLocale, useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";
import { formatBytes } from "@/lib/i18n/format";
import { DOCUMENT_CATEGORIES, DOCUMENT_TITLE_MAX } from "@/lib/validation/document-upload";
import type { UploadRow } from "./upload-row";

type Props = {
  row: UploadRow;
  contracts: { id: string; label: string }[];
  onChange: (patch: Partial<UploadRow>) => void;
  onRemove: () => void;
};

const input = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 disabled:bg-slate-50";

/** One file waiting for, going through or done with its upload; its metadata is editable until it is sent. */
export function UploadRowCard({ row, contracts, onChange, onRemove }: Props) {
  const t = useTranslations("documents.upload");
  const tl = useTranslations("labels");
  const locale = useLocale();
  const locked = row.phase === "uploading" || row.phase === "done" || row.phase === "blocked";
  const id = (field: string) => `upload-${row.key}-${field}`;
  return (
    <li className="space-y-3 p-4" data-testid="upload-row">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="min-w-0 font-medium break-all">
          {row.file.name} <span className="text-sm font-normal text-slate-500">· {formatBytes(row.file.size, locale)}</span>
        </p>
        {row.phase !== "uploading" && row.phase !== "done" && (
          <button type="button" onClick={onRemove} className="text-sm text-slate-600 underline hover:text-slate-900">
            {t("remove")}
          </button>
        )}
      </div>
      {row.phase !== "blocked" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <label htmlFor={id("title")} className="block text-sm font-medium">
              {t("title")}
            </label>
            <input
              id={id("title")}
              className={input}
              value={row.title}
              maxLength={DOCUMENT_TITLE_MAX}
              disabled={locked}
              onChange={(e) => onChange({ title: e.target.value })}
            />
            <FieldError message={row.fieldErrors.title} />
          </div>
          <div>
            <label htmlFor={id("category")} className="block text-sm font-medium">
              {t("category")}
            </label>
            <select
              id={id("category")}
              className={input}
              value={row.category}
              disabled={locked}
              onChange={(e) => onChange({ category: e.target.value as UploadRow["category"] })}
            >
              {DOCUMENT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {tl(`documentCategory.${c}`)}
                </option>
              ))}
            </select>
            <FieldError message={row.fieldErrors.category} />
          </div>
          <div>
            <label htmlFor={id("date")} className="block text-sm font-medium">
              {t("documentDate")}
            </label>
            <input
              id={id("date")}
              type="date"
              className={input}
              value={row.documentDate}
              disabled={locked}
              onChange={(e) => onChange({ documentDate: e.target.value })}
            />
            <FieldError message={row.fieldErrors.documentDate} />
          </div>
          {contracts.length > 0 && (
            <div className="sm:col-span-2">
              <label htmlFor={id("contract")} className="block text-sm font-medium">
                {t("contract")}
              </label>
              <select
                id={id("contract")}
                className={input}
                value={row.contractId}
                disabled={locked}
                onChange={(e) => onChange({ contractId: e.target.value })}
              >
                <option value="">{t("general")}</option>
                {contracts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
              <FieldError message={row.fieldErrors.contractId} />
            </div>
          )}
          <div className="sm:col-span-2">
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="mt-0.5 h-4 w-4"
                checked={row.isVisibleToCustomer}
                disabled={locked}
                onChange={(e) => onChange({ isVisibleToCustomer: e.target.checked })}
              />
              <span>
                <span className="font-medium">{t("visible")}</span>
                <span className="block text-xs text-slate-500">{t("visibleHint")}</span>
              </span>
            </label>
          </div>
        </div>
      )}
      {(row.phase === "uploading" || row.phase === "done") && (
        <div>
          <div
            role="progressbar"
            aria-label={t("progress", { name: row.file.name })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(row.progress * 100)}
            className="h-2 overflow-hidden rounded-full bg-slate-100"
          >
            <div
              className={`h-full transition-[width] ${row.phase === "done" ? "bg-emerald-600" : "bg-brand"}`}
              style={{ width: `${Math.round(row.progress * 100)}%` }}
            />
          </div>
          <p className="mt-1 text-xs text-slate-600" aria-live="polite">
            {row.phase === "done" ? t("done") : t("uploading")}
          </p>
        </div>
      )}
      <FieldError message={row.error} />
      {row.serverError && (
        <p role="alert" className="text-sm text-red-700">
          {row.serverError}
        </p>
      )}
    </li>
  );
}
