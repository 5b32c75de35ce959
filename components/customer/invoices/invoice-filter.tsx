import { useTranslations } from "next-intl";
import Link from "next/link";

export const INVOICE_FILTER_STATUSES = ["OPEN", "OVERDUE", "PAID", "CANCELLED"] as const;

/** Filter by status as a plain GET form: works without JavaScript, the URL can be bookmarked. */
export function InvoiceFilter({ status }: { status?: string }) {
  const t = useTranslations("companyModules.invoices.filter");
  const tStatus = useTranslations("labels.invoiceStatus");
  return (
    <form
      method="get"
      action="/portal/invoices"
      className="rounded-2xl border border-slate-200 bg-white p-4"
      role="search"
      data-testid="invoice-filter"
    >
      <fieldset>
        <legend className="text-sm font-semibold">{t("legend")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-[minmax(0,20rem)_auto] sm:items-end">
          <div className="min-w-0">
            <label htmlFor="invoice-filter-status" className="block text-sm font-medium">
              {t("status")}
            </label>
            <select
              id="invoice-filter-status"
              name="status"
              defaultValue={status ?? ""}
              className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2"
            >
              <option value="">{t("allStatuses")}</option>
              {INVOICE_FILTER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {tStatus(s)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-lg border border-slate-300 bg-slate-50 px-4 py-2 text-sm font-medium hover:bg-slate-100 sm:justify-self-start"
          >
            {t("apply")}
          </button>
        </div>
        {status && (
          <p className="mt-3 text-sm">
            <Link href="/portal/invoices" className="text-brand-ink font-medium underline">
              {t("reset")}
            </Link>
          </p>
        )}
      </fieldset>
    </form>
  );
}
