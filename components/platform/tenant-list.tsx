import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { TenantListRow } from "@/lib/data/platform/list-tenants";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { TenantStatusBadge } from "./tenant-status-badge";

/** The tenants of the platform: cards on phones, a table from md up. Counts only, no tenant content. */
export function TenantList({ rows }: { rows: TenantListRow[] }) {
  const t = useTranslations("platformAdmin.list");
  const locale = useLocale() as AppLocale;
  if (rows.length === 0) {
    return <p className="rounded-2xl border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("empty")}</p>;
  }
  return (
    <>
      <ul className="space-y-3 md:hidden" data-testid="tenant-cards">
        {rows.map((r) => (
          <li key={r.id} className="rounded-2xl border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <Link href={`/admin/tenants/${r.id}`} className="font-medium underline-offset-2 hover:underline">
                {r.name}
              </Link>
              <TenantStatusBadge status={r.status} />
            </div>
            <p className="mt-1 text-sm break-all text-slate-600">{r.address}</p>
            <p className="mt-1 text-xs text-slate-500">
              {t("counts", { staff: r.staffCount, customers: r.customerCount })} ·{" "}
              {t("createdOn", { date: formatDate(r.createdAt, locale) })}
            </p>
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("caption")}
        testId="tenant-list"
        columns={
          <>
            <ColumnHeading>{t("columns.name")}</ColumnHeading>
            <ColumnHeading>{t("columns.slug")}</ColumnHeading>
            <ColumnHeading>{t("columns.address")}</ColumnHeading>
            <ColumnHeading>{t("columns.status")}</ColumnHeading>
            <ColumnHeading>{t("columns.createdAt")}</ColumnHeading>
            <ColumnHeading className="px-4 py-3 text-right">{t("columns.staff")}</ColumnHeading>
            <ColumnHeading className="px-4 py-3 text-right">{t("columns.customers")}</ColumnHeading>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} data-testid="tenant-row">
            <td className="px-4 py-3 font-medium">
              <Link href={`/admin/tenants/${r.id}`} className="underline-offset-2 hover:underline">
                {r.name}
              </Link>
            </td>
            <td className="px-4 py-3 font-mono text-xs">{r.slug}</td>
            <td className="px-4 py-3 break-all text-slate-600">{r.address}</td>
            <td className="px-4 py-3">
              <TenantStatusBadge status={r.status} />
            </td>
            <td className="px-4 py-3 whitespace-nowrap">{formatDate(r.createdAt, locale)}</td>
            <td className="px-4 py-3 text-right tabular-nums">{r.staffCount}</td>
            <td className="px-4 py-3 text-right tabular-nums">{r.customerCount}</td>
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
