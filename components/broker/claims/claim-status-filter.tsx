import { useTranslations } from "next-intl";
import Link from "next/link";
import { CLAIM_STATUSES, type ClaimStatusValue } from "@/lib/validation/claim";

/** Status filter as links (work without JavaScript, can be bookmarked); the current one is marked. */
export function ClaimStatusFilter({ current }: { current: ClaimStatusValue | undefined }) {
  const t = useTranslations("claims");
  const options: { value: ClaimStatusValue | undefined; label: string }[] = [
    { value: undefined, label: t("office.all") },
    ...CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
  ];
  return (
    <nav aria-label={t("office.filter")}>
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const active = o.value === current;
          return (
            <li key={o.value ?? "all"}>
              <Link
                href={o.value ? `/broker/claims?status=${o.value}` : "/broker/claims"}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1.5 text-sm font-medium ${
                  active ? "border-brand bg-brand text-on-brand" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
                }`}
              >
                {o.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
