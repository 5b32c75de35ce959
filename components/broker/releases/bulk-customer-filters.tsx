"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { INVITATION_FILTERS, type CustomerSearch } from "@/lib/validation/customer-search";
import { CustomerFilterSelects } from "../customer-filter-selects";

export type Filters = Pick<CustomerSearch, "advisor" | "kind" | "invitation"> & { q: string };
export const NO_FILTERS: Filters = { q: "", advisor: undefined, kind: undefined, invitation: undefined };

type Props = {
  value: Filters;
  advisors: { id: string; label: string }[];
  loading: boolean;
  onSearch: (filters: Filters) => void;
};

/** The submitted fields; unknown values are dropped here and validated again by the action. */
function filtersFrom(form: FormData): Filters {
  const text = (name: string) => String(form.get(name) ?? "");
  const pick = <T extends string>(value: string, allowed: readonly T[]) =>
    allowed.includes(value as T) ? (value as T) : undefined;
  return {
    q: text("q"),
    advisor: text("advisor") || undefined,
    kind: pick(text("kind"), ["PERSON", "COMPANY"] as const),
    invitation: pick(text("invitation"), INVITATION_FILTERS),
  };
}

/** The customer list's search and filters (as on /broker), searched in place so the selection stays. */
export function BulkCustomerFilters({ value, advisors, loading, onSearch }: Props) {
  const t = useTranslations("releases.bulk");
  return (
    <form
      role="search"
      className="flex w-full flex-wrap items-end gap-2"
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        onSearch(filtersFrom(new FormData(e.currentTarget)));
      }}
    >
      <div className="min-w-56 flex-1">
        <label htmlFor="bulk-search" className="sr-only">
          {t("searchLabel")}
        </label>
        <input
          id="bulk-search"
          name="q"
          type="search"
          defaultValue={value.q}
          placeholder={t("searchPlaceholder")}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm"
        />
      </div>
      <CustomerFilterSelects advisors={advisors} defaults={value} />
      <button disabled={loading} className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium disabled:opacity-60">
        {t("searchSubmit")}
      </button>
    </form>
  );
}
