import { useTranslations } from "next-intl";

const STATUSES = ["PENDING", "APPLIED", "REJECTED"] as const;

/** Status filter as plain links (works without JavaScript); the current one is marked. */
export function StatusFilter({ current }: { current: (typeof STATUSES)[number] | undefined }) {
  const t = useTranslations("changeRequests");
  const options = [
    { value: undefined, label: t("review.filterAll") },
    ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
  ];
  return (
    <nav aria-label={t("review.filterLabel")} className="flex flex-wrap gap-2">
      {options.map((o) => {
        const active = o.value === current;
        return (
          <a
            key={o.label}
            href={o.value ? `/broker/change-requests?status=${o.value}` : "/broker/change-requests"}
            aria-current={active ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${
              active
                ? "border-brand bg-brand text-on-brand font-medium"
                : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
            }`}
          >
            {o.label}
          </a>
        );
      })}
    </nav>
  );
}
