import { useTranslations } from "next-intl";
import Link from "next/link";

export const OBJECT_KINDS = ["VEHICLE", "BUILDING", "MACHINE", "OTHER"] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

type Props = { counts: Record<ObjectKind, number>; kind?: ObjectKind };

/** "Alle (12) · Fahrzeuge (9) · Gebäude (2) · Maschinen (1)": links, so the filter works without JavaScript. */
export function ObjectKindFilter({ counts, kind }: Props) {
  const t = useTranslations("companyModules.objects");
  const total = OBJECT_KINDS.reduce((sum, k) => sum + counts[k], 0);
  const items = [
    { key: "ALL", href: "/portal/objects", label: t("filter.all", { count: total }), current: !kind },
    ...OBJECT_KINDS.filter((k) => counts[k] > 0 || k === kind).map((k) => ({
      key: k,
      href: `/portal/objects?kind=${k}`,
      label: t("filter.kind", { label: t(`groups.${k}`), count: counts[k] }),
      current: kind === k,
    })),
  ];
  return (
    <nav aria-label={t("filter.label")} data-testid="object-kind-filter">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              data-kind={item.key}
              className={`inline-block rounded-full border px-3 py-1.5 text-sm whitespace-nowrap ${
                item.current
                  ? "border-brand bg-brand text-on-brand"
                  : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
              }`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
