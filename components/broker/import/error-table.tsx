"use client";

import { useTranslations } from "next-intl";
import type { RowError } from "@/lib/import/plan-import";
import { translateMessage } from "@/lib/i18n/translate-message";

/** The bad rows with the row number as the file shows it, the field and the reason in words. */
export function ErrorTable({ errors, errorRows }: { errors: RowError[]; errorRows: number }) {
  const t = useTranslations("import");
  const translate = useTranslations();
  const shownRows = new Set(errors.map((e) => e.row)).size;
  return (
    <section aria-labelledby="import-errors-title" className="space-y-2">
      <h3 id="import-errors-title" className="font-semibold">
        {t("errorTable.title")}
      </h3>
      <div className="overflow-x-auto rounded-xl border border-slate-200">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 uppercase">
                {t("errorTable.row")}
              </th>
              <th scope="col" className="px-3 py-2 uppercase">
                {t("errorTable.field")}
              </th>
              <th scope="col" className="px-3 py-2 uppercase">
                {t("errorTable.problem")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {errors.map((e, i) => (
              <tr key={`${e.row}-${e.field ?? ""}-${i}`} data-testid="import-error-row">
                <td className="px-3 py-2 align-top tabular-nums">{e.row}</td>
                <td className="px-3 py-2 align-top whitespace-nowrap">
                  {e.field ? t(`fields.${e.field}`) : t("errorTable.noField")}
                </td>
                <td className="px-3 py-2 align-top">{translateMessage(translate, e.message)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shownRows < errorRows && (
        <p className="text-xs text-slate-500">{t("errorTable.truncated", { shown: shownRows, total: errorRows })}</p>
      )}
    </section>
  );
}
