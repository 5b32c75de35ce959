"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { applyReleaseTemplateAction, type ApplyTemplateCounts } from "@/lib/actions/releases/apply-release-template";
import { searchReleaseCustomersAction } from "@/lib/actions/releases/search-release-customers";
import type { ReleaseCustomerRow } from "@/lib/data/releases/list-release-customers";
import type { Msg } from "@/lib/i18n/message-key";
import type { Page } from "@/lib/validation/pagination";
import { MAX_BULK_CUSTOMERS } from "@/lib/validation/releases";
import { BulkCustomerFilters, NO_FILTERS, type Filters } from "./bulk-customer-filters";
import type { TemplateChoice } from "./release-matrix";

type Props = {
  templates: TemplateChoice[];
  firstPage: Page<ReleaseCustomerRow>;
  advisors: { id: string; label: string }[];
};

/**
 * Bulk release: pick a template, search and page through the customer list (the broker's own search
 * and filters), tick customers — the selection is kept across searches and pages — and apply.
 */
export function BulkApplyPanel({ templates, firstPage, advisors }: Props) {
  const t = useTranslations("releases.bulk");
  const [templateId, setTemplateId] = useState(templates.find((tpl) => tpl.isDefault)?.id ?? "");
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(firstPage);
  const [isFirstPage, setIsFirstPage] = useState(true);
  const [selected, setSelected] = useState<Map<string, ReleaseCustomerRow>>(new Map());
  const [loading, setLoading] = useState(false);
  const [applying, setApplying] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const [result, setResult] = useState<ApplyTemplateCounts | null>(null);
  const pageBox = useRef<HTMLInputElement>(null);

  const onPage = page.items.filter((c) => selected.has(c.id)).length;
  const allOnPage = page.items.length > 0 && onPage === page.items.length;
  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = onPage > 0 && !allOnPage;
  }, [onPage, allOnPage]);

  async function load(next: Filters, cursor?: string) {
    setLoading(true);
    setError(null);
    try {
      const response = await searchReleaseCustomersAction({ ...next, cursor });
      if (!response.ok) return setError(response.error);
      setPage(response.data);
      setFilters(next);
      setIsFirstPage(!cursor);
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setLoading(false);
    }
  }

  function toggle(rows: ReleaseCustomerRow[], on: boolean) {
    setResult(null);
    setSelected((current) => {
      const next = new Map(current);
      for (const row of rows) {
        if (on) next.set(row.id, row);
        else next.delete(row.id);
      }
      return next;
    });
  }

  async function apply() {
    const template = templates.find((tpl) => tpl.id === templateId);
    setError(null);
    setResult(null);
    if (!template) return setError("releases.validation.templateRequired");
    if (selected.size === 0) return setError("releases.validation.noCustomers");
    if (!window.confirm(t("confirm", { name: template.name, count: selected.size }))) return;
    setApplying(true);
    try {
      const response = await applyReleaseTemplateAction({ templateId, customerIds: [...selected.keys()] });
      if (!response.ok) return setError(response.error);
      setResult(response.data);
      setSelected(new Map());
    } catch {
      setError("common.errors.unexpected");
    } finally {
      setApplying(false);
    }
  }

  const secondary =
    "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";
  const tooMany = selected.size > MAX_BULK_CUSTOMERS;

  return (
    <section aria-labelledby="bulk-release-title" className="space-y-3">
      <h2 id="bulk-release-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <div className="space-y-4 rounded-2xl border border-slate-200 bg-white p-5">
        {templates.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noTemplates")}</p>
        ) : (
          <div>
            <label htmlFor="bulk-template" className="block text-sm font-medium">
              {t("template")}
            </label>
            <select
              id="bulk-template"
              value={templateId}
              onChange={(e) => setTemplateId(e.target.value)}
              className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm sm:max-w-sm"
            >
              <option value="">{t("chooseTemplate")}</option>
              {templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name}
                </option>
              ))}
            </select>
          </div>
        )}

        <BulkCustomerFilters value={filters} advisors={advisors} loading={loading} onSearch={(next) => void load(next)} />

        {page.items.length === 0 ? (
          <div className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
            {t("empty")}
          </div>
        ) : (
          <div className="overflow-x-auto rounded-xl border border-slate-200" aria-busy={loading}>
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-50 text-xs text-slate-500">
                <tr>
                  <th className="w-10 px-3 py-2">
                    <input
                      ref={pageBox}
                      type="checkbox"
                      checked={allOnPage}
                      onChange={(e) => toggle(page.items, e.target.checked)}
                      aria-label={t("selectAllOnPage")}
                      title={t("selectAllOnPage")}
                      className="size-4"
                    />
                  </th>
                  <th className="px-3 py-2 uppercase">{t("columns.customer")}</th>
                  <th className="px-3 py-2 uppercase">{t("columns.customerNumber")}</th>
                  <th className="hidden px-3 py-2 uppercase md:table-cell">{t("columns.advisor")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.items.map((c) => (
                  <tr key={c.id} data-testid="bulk-customer-row">
                    <td className="px-3 py-2">
                      <input
                        id={`bulk-${c.id}`}
                        type="checkbox"
                        checked={selected.has(c.id)}
                        onChange={(e) => toggle([c], e.target.checked)}
                        aria-label={t("selectCustomer", { name: c.displayName })}
                        className="size-4"
                      />
                    </td>
                    <td className="px-3 py-2 font-medium">
                      <label htmlFor={`bulk-${c.id}`}>{c.displayName}</label>
                    </td>
                    <td className="px-3 py-2 tabular-nums">{c.customerNumber}</td>
                    <td className="hidden px-3 py-2 md:table-cell">{c.advisorName ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          {!isFirstPage && (
            <button type="button" className={secondary} disabled={loading} onClick={() => void load(filters)}>
              {t("firstPage")}
            </button>
          )}
          {page.nextCursor && (
            <button
              type="button"
              className={secondary}
              disabled={loading}
              onClick={() => void load(filters, page.nextCursor ?? undefined)}
            >
              {t("nextPage")}
            </button>
          )}
        </div>

        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          <p className="text-sm font-medium" aria-live="polite">
            {t("selected", { count: selected.size })}
          </p>
          {selected.size > 0 && (
            <button type="button" className={secondary} onClick={() => setSelected(new Map())}>
              {t("clearSelection")}
            </button>
          )}
          <button
            type="button"
            onClick={() => void apply()}
            disabled={applying || templates.length === 0 || tooMany}
            className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90 disabled:opacity-60 sm:ml-auto"
          >
            {applying ? t("applying") : t("apply")}
          </button>
        </div>
        <p className={`text-xs ${tooMany ? "text-red-700" : "text-slate-500"}`}>{t("maxHint")}</p>
        <FormError message={error} />
        <div role="status" className="space-y-1 text-sm">
          {result && (
            <>
              <p className="font-medium text-emerald-700">{t("resultChanged", { count: result.changed })}</p>
              {result.unchanged > 0 && <p className="text-slate-600">{t("resultUnchanged", { count: result.unchanged })}</p>}
              {result.skipped > 0 && <p className="text-amber-700">{t("resultSkipped", { count: result.skipped })}</p>}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
