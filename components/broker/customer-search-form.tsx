import { useTranslations } from "next-intl";
import type { CustomerSearch } from "@/lib/validation/customer-search";
import { CUSTOMER_SORTS } from "@/lib/validation/customer-search";
import { CustomerFilterSelects } from "./customer-filter-selects";

type Props = { query: CustomerSearch; advisors: { id: string; label: string }[] };

/** Plain GET form: works without JavaScript and keeps search, filters and sort in the URL. */
export function CustomerSearchForm({ query, advisors }: Props) {
  const t = useTranslations("broker.customers");
  const select = "rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <form role="search" action="/broker" className="flex w-full flex-wrap items-end gap-2">
      <div className="min-w-56 flex-1">
        <label htmlFor="customer-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="customer-search"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <CustomerFilterSelects advisors={advisors} defaults={query} />
      <label className="text-xs text-slate-600">
        {t("filters.sort")}
        <select name="sort" defaultValue={query.sort} className={`${select} block`}>
          {CUSTOMER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`filters.sorts.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium">{t("searchSubmit")}</button>
    </form>
  );
}
