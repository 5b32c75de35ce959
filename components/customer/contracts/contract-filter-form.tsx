import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ContractListItem } from "@/lib/data/contracts/list-visible-contracts";
import type { PortalContractFilter } from "@/lib/validation/portal-contract-filter";
import { CONTRACT_STATUSES } from "@/lib/validation/contract";

type Props = {
  lines: { code: string; name: string }[];
  filter: PortalContractFilter;
  /** contracts shown with this filter; announced after a filter change */
  resultCount: number;
};

/** A plain GET form: works without JavaScript and keeps the filter in the address (shareable, back button). */
export function ContractFilterForm({ lines, filter, resultCount }: Props) {
  const t = useTranslations("folder.filter");
  const tStatus = useTranslations("labels.contractStatus");
  const active = filter.line !== undefined || filter.status !== undefined;
  const select = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <form method="get" action="/portal/contracts" className="rounded-2xl border border-slate-200 bg-white p-4" role="search">
      <fieldset className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <legend className="sr-only">{t("legend")}</legend>
        <div>
          <label htmlFor="filter-line" className="block text-sm font-medium">
            {t("line")}
          </label>
          <select id="filter-line" name="line" defaultValue={filter.line ?? ""} className={select}>
            <option value="">{t("allLines")}</option>
            {lines.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="block text-sm font-medium">
            {t("status")}
          </label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={select}>
            <option value="">{t("allStatuses")}</option>
            {CONTRACT_STATUSES.map((s: ContractListItem["status"]) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90">
          {t("apply")}
        </button>
      </fieldset>
      {active && (
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
          <p role="status" className="text-slate-700">
            {t("result", { count: resultCount })}
          </p>
          <Link href="/portal/contracts" className="text-brand-ink font-medium underline">
            {t("reset")}
          </Link>
        </div>
      )}
    </form>
  );
}
