import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { FolderObjectItem } from "@/lib/data/insured-objects/list-folder-objects";
import type { AppLocale } from "@/lib/i18n/locales";
import { lineAndPolicy } from "../invoices/invoice-contract";
import { OBJECT_KINDS, type ObjectKind } from "./object-kind-filter";

type Props = {
  items: FolderObjectItem[];
  /** the viewer's scope spans several companies: each object names its company */
  showCompany: boolean;
};

type Column = { key: string; label: string; value: (o: FolderObjectItem) => ReactNode; mono?: boolean };

/**
 * Insured objects grouped by kind (the list arrives sorted by kind): per group cards on phones and a
 * table from tablet width, with the columns that kind has — vehicles plate and VIN, buildings their
 * address, machines manufacturer and serial number — and the contract each is insured under.
 */
export function ObjectList({ items, showCompany }: Props) {
  const t = useTranslations("companyModules.objects");
  const locale = useLocale() as AppLocale;
  const dash = (v: string | null) => v || "—";
  const address = (o: FolderObjectItem) =>
    [o.street, [o.postalCode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "—";
  const contract = (o: FolderObjectItem) =>
    o.contract ? (
      <Link
        href={`/portal/contracts/${o.contract.id}`}
        className="text-brand-ink underline-offset-2 hover:underline"
        aria-label={t("list.openContract", { name: lineAndPolicy(o.contract, locale) })}
        data-testid="object-contract"
      >
        {lineAndPolicy(o.contract, locale)}
      </Link>
    ) : (
      <span className="text-slate-600">{t("list.noContract")}</span>
    );
  const columnsOf = (kind: ObjectKind): Column[] => [
    ...(kind === "VEHICLE"
      ? [
          { key: "plate", label: t("list.licensePlate"), value: (o: FolderObjectItem) => dash(o.licensePlate), mono: true },
          { key: "vin", label: t("list.vin"), value: (o: FolderObjectItem) => dash(o.vin), mono: true },
        ]
      : []),
    ...(kind === "BUILDING" ? [{ key: "address", label: t("list.address"), value: address }] : []),
    ...(kind === "MACHINE"
      ? [
          { key: "manufacturer", label: t("list.manufacturer"), value: (o: FolderObjectItem) => dash(o.manufacturer) },
          {
            key: "serial",
            label: t("list.serialNumber"),
            value: (o: FolderObjectItem) => dash(o.serialNumber),
            mono: true,
          },
        ]
      : []),
    { key: "contract", label: t("list.contract"), value: contract },
    ...(showCompany ? [{ key: "company", label: t("list.company"), value: (o: FolderObjectItem) => dash(o.companyName) }] : []),
  ];

  const groups = OBJECT_KINDS.map((kind) => ({ kind, items: items.filter((o) => o.kind === kind) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <div className="space-y-8">
      {groups.map(({ kind, items: group }) => {
        const columns = columnsOf(kind);
        const headingId = `objects-${kind}`;
        const nameLabel = kind === "VEHICLE" ? t("list.vehicle") : t("list.designation");
        return (
          <section key={kind} aria-labelledby={headingId} className="space-y-3" data-testid="object-group" data-kind={kind}>
            <h2 id={headingId} className="text-xl font-semibold">
              {t(`groups.${kind}`)}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 md:hidden" aria-labelledby={headingId}>
              {group.map((o) => (
                <li
                  key={o.id}
                  className="rounded-2xl border border-slate-200 bg-white p-4"
                  data-testid="object-card"
                  data-kind={o.kind}
                >
                  <p className="font-medium break-words">{o.name}</p>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                    {columns.map((c) => (
                      <div key={c.key} className="contents">
                        <dt className="text-slate-600">
                          {c.key === "vin" ? <abbr title={t("list.vinLong")}>{c.label}</abbr> : c.label}
                        </dt>
                        <dd className={`min-w-0 break-all ${c.mono ? "tabular-nums" : "break-words"}`}>{c.value(o)}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
            <DesktopTable
              caption={t(`groups.${kind}`)}
              testId={`object-table-${kind}`}
              columns={
                <>
                  <ColumnHeading className="px-3 py-3">{nameLabel}</ColumnHeading>
                  {columns.map((c) => (
                    <ColumnHeading key={c.key} className="px-3 py-3">
                      {c.key === "vin" ? (
                        <abbr title={t("list.vinLong")} className="no-underline">
                          {c.label}
                        </abbr>
                      ) : (
                        c.label
                      )}
                    </ColumnHeading>
                  ))}
                </>
              }
            >
              {group.map((o) => (
                <tr key={o.id} data-testid="object-row" data-kind={o.kind}>
                  <th scope="row" className="max-w-56 px-3 py-3 text-left font-medium break-words">
                    {o.name}
                  </th>
                  {columns.map((c) => (
                    <td key={c.key} className={`max-w-64 px-3 py-3 ${c.mono ? "break-all tabular-nums" : "break-words"}`}>
                      {c.value(o)}
                    </td>
                  ))}
                </tr>
              ))}
            </DesktopTable>
          </section>
        );
      })}
    </div>
  );
}
