import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ContractLabel } from "@/lib/data/contracts/contract-label";
import { DOCUMENT_CATEGORIES } from "@/lib/validation/document-upload";
import { contractName } from "../contract-name";

type Props = {
  contracts: ContractLabel[];
  contract?: string;
  category?: string;
};

/** Filter by contract and category as a plain GET form: works without JavaScript, the URL can be bookmarked. */
export function InboxFilter({ contracts, contract, category }: Props) {
  const t = useTranslations("inbox.filter");
  const tLabels = useTranslations("labels");
  const locale = useLocale();
  const active = Boolean(contract || category);
  const selectClass = "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2";
  return (
    <form method="get" action="/portal/documents" className="rounded-2xl border border-slate-200 bg-white p-4" role="search">
      <fieldset>
        <legend className="text-sm font-semibold">{t("legend")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          {contracts.length > 0 && (
            <div className="min-w-0">
              <label htmlFor="inbox-filter-contract" className="block text-sm font-medium">
                {t("contract")}
              </label>
              <select id="inbox-filter-contract" name="contract" defaultValue={contract ?? ""} className={selectClass}>
                <option value="">{t("allContracts")}</option>
                {contracts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {contractName(c, locale)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="min-w-0">
            <label htmlFor="inbox-filter-category" className="block text-sm font-medium">
              {t("category")}
            </label>
            <select id="inbox-filter-category" name="category" defaultValue={category ?? ""} className={selectClass}>
              <option value="">{t("allCategories")}</option>
              {DOCUMENT_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {tLabels(`documentCategory.${c}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-lg border border-slate-300 bg-slate-50 px-4 py-2 text-sm font-medium hover:bg-slate-100"
          >
            {t("apply")}
          </button>
        </div>
        {active && (
          <p className="mt-3 text-sm">
            <Link href="/portal/documents" className="text-brand-ink font-medium underline">
              {t("reset")}
            </Link>
          </p>
        )}
      </fieldset>
    </form>
  );
}
