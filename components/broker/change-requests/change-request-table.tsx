import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { ChangeRequestStatusBadge } from "@/components/customer/profile/status-badge";
import { ColumnHeading, DesktopTable } from "@/components/ui/desktop-table";
import type { ChangeRequestListItem } from "@/lib/data/change-requests/list-change-requests";

/** Table from md upwards, cards on phones; open requests first (the data layer orders them). */
export function ChangeRequestTable({ items }: { items: ChangeRequestListItem[] }) {
  const t = useTranslations("changeRequests");
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "short", timeStyle: "short" });
  if (items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        {t("review.empty")}
      </div>
    );
  }
  return (
    <>
      <ul className="space-y-3 md:hidden">
        {items.map((r) => (
          <li key={r.id} data-testid="change-request-card" className="rounded-2xl border border-slate-200 bg-white p-4">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <Link href={`/broker/change-requests/${r.id}`} className="font-medium hover:underline">
                  {r.customerName}
                </Link>
                <p className="text-sm text-slate-600 tabular-nums">{r.customerNumber}</p>
              </div>
              <ChangeRequestStatusBadge status={r.status} />
            </div>
            <p className="mt-2 text-sm">{t(`kinds.${r.kind}`)}</p>
            <p className="text-xs text-slate-600">{when(r.createdAt)}</p>
          </li>
        ))}
      </ul>
      <DesktopTable
        caption={t("review.caption")}
        columns={
          <>
            <ColumnHeading>{t("review.customer")}</ColumnHeading>
            <ColumnHeading>{t("review.kind")}</ColumnHeading>
            <ColumnHeading>{t("review.status")}</ColumnHeading>
            <ColumnHeading>{t("review.date")}</ColumnHeading>
          </>
        }
      >
        {items.map((r) => (
          <tr key={r.id} data-testid="change-request-row">
            <th scope="row" className="px-4 py-3 font-medium">
              <Link href={`/broker/change-requests/${r.id}`} className="hover:underline">
                {r.customerName}
              </Link>
              <span className="ml-2 text-xs font-normal text-slate-600 tabular-nums">{r.customerNumber}</span>
            </th>
            <td className="px-4 py-3">{t(`kinds.${r.kind}`)}</td>
            <td className="px-4 py-3">
              <ChangeRequestStatusBadge status={r.status} />
            </td>
            <td className="px-4 py-3 tabular-nums">{when(r.createdAt)}</td>
          </tr>
        ))}
      </DesktopTable>
    </>
  );
}
