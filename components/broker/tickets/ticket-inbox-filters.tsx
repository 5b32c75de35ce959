import { useTranslations } from "next-intl";
import type { TicketInboxSearch } from "@/lib/validation/ticket";

type Props = {
  query: TicketInboxSearch;
  /** colleagues for the assignee filter, by name */
  staff: { id: string; label: string }[];
};

const STATUSES = ["OPEN", "CLOSED", "ALL"] as const satisfies readonly TicketInboxSearch["status"][];
const ASSIGNEES = ["all", "mine", "unassigned"] as const satisfies readonly TicketInboxSearch["assignee"][];
const SORTS = ["recent", "oldest"] as const satisfies readonly TicketInboxSearch["sort"][];

/** Plain GET form: works without JavaScript, and the filtered inbox can be bookmarked or shared. */
export function TicketInboxFilters({ query, staff }: Props) {
  const t = useTranslations("brokerTickets.filters");
  const field = "mt-1 block w-full rounded-lg border border-slate-300 bg-white py-2 text-sm text-slate-900";
  const label = "block text-xs font-medium text-slate-600";
  return (
    <form
      role="search"
      aria-label={t("label")}
      action="/broker/tickets"
      className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_1fr_auto] lg:items-end"
    >
      <label className={label}>
        {t("status")}
        <select name="status" defaultValue={query.status} className={`${field} px-2`}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statusOptions.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        {t("assignee")}
        <select name="assignee" defaultValue={query.assignee} className={`${field} px-2`}>
          {ASSIGNEES.map((a) => (
            <option key={a} value={a}>
              {t(`assigneeOptions.${a}`)}
            </option>
          ))}
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className={`${label} sm:col-span-2 lg:col-span-1`}>
        {t("search")}
        <input
          type="search"
          name="q"
          defaultValue={query.q}
          maxLength={100}
          placeholder={t("searchPlaceholder")}
          className={`${field} px-3`}
        />
      </label>
      <label className={label}>
        {t("sort")}
        <select name="sort" defaultValue={query.sort} className={`${field} px-2`}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`sortOptions.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium hover:opacity-90 sm:self-end">
        {t("submit")}
      </button>
    </form>
  );
}
