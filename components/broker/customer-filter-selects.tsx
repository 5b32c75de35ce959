import { useTranslations } from "next-intl";
import { INVITATION_FILTERS, type CustomerSearch } from "@/lib/validation/customer-search";

export type CustomerFilters = Pick<CustomerSearch, "advisor" | "kind" | "invitation">;

/**
 * Advisor, type and portal-state selects of the customer list, as plain named fields: the list page
 * submits them as a GET form, the bulk release panel reads them with customerFiltersFrom(FormData).
 */
export function CustomerFilterSelects({
  advisors,
  defaults,
}: {
  advisors: { id: string; label: string }[];
  defaults: CustomerFilters;
}) {
  const t = useTranslations("broker.customers.filters");
  const tl = useTranslations("labels");
  const select = "block rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm";
  return (
    <>
      <label className="text-xs text-slate-600">
        {t("advisor")}
        <select name="advisor" defaultValue={defaults.advisor ?? ""} className={select}>
          <option value="">{t("all")}</option>
          <option value="none">{t("noAdvisor")}</option>
          {advisors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs text-slate-600">
        {t("kind")}
        <select name="kind" defaultValue={defaults.kind ?? ""} className={select}>
          <option value="">{t("all")}</option>
          <option value="PERSON">{tl("customerKind.PERSON")}</option>
          <option value="COMPANY">{tl("customerKind.COMPANY")}</option>
        </select>
      </label>
      <label className="text-xs text-slate-600">
        {t("portal")}
        <select name="invitation" defaultValue={defaults.invitation ?? ""} className={select}>
          <option value="">{t("all")}</option>
          {INVITATION_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`invitation.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
