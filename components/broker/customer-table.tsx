import { useTranslations } from "next-intl";
import Link from "next/link";
import type { CustomerListItem } from "@/lib/data/customers/list-customers";
import { InvitationStateBadge } from "./invitation-state"; // issue #3
import { InviteButton } from "./invite-button"; // issue #3

export function CustomerTable({ items }: { items: CustomerListItem[] }) {
  const t = useTranslations("broker.customers");
  const tLabels = useTranslations("labels");
  if (items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        {t("empty")}
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3">{t("columns.customer")}</th>
            <th className="px-4 py-3">{t("columns.customerNumber")}</th>
            <th className="hidden px-4 py-3 md:table-cell">{t("columns.email")}</th>
            <th className="hidden px-4 py-3 md:table-cell">{t("columns.city")}</th>
            <th className="hidden px-4 py-3 lg:table-cell">{t("columns.advisor")}</th>
            <th className="px-4 py-3 text-right">{t("columns.contracts")}</th>
            <th className="px-4 py-3">{t("columns.portal")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={c.id} data-testid="customer-row">
              <td className="px-4 py-3 font-medium">
                <Link href={`/broker/customers/${c.id}`} className="hover:underline">
                  {c.displayName}
                </Link>
                <span className="ml-2 text-xs font-normal text-slate-500">{tLabels(`customerKind.${c.kind}`)}</span>
              </td>
              <td className="px-4 py-3 tabular-nums">{c.customerNumber}</td>
              <td className="hidden px-4 py-3 md:table-cell">{c.email ?? "—"}</td>
              <td className="hidden px-4 py-3 md:table-cell">{c.city ?? "—"}</td>
              <td className="hidden px-4 py-3 lg:table-cell">{c.advisorName ?? "—"}</td>
              <td className="px-4 py-3 text-right tabular-nums">{c.contractCount}</td>
              <td className="px-4 py-3">
                {/* issue #3: invitation state and invite button instead of the plain access badge */}
                <div className="flex flex-col items-start gap-1.5">
                  <InvitationStateBadge state={c.hasPortalAccount ? { status: "registered" } : c.invitation} />
                  {/* companies get portal accounts per contact person on their company page */}
                  {c.kind === "PERSON" && !c.hasPortalAccount && c.invitation.status !== "registered" && (
                    <InviteButton customerId={c.id} customerName={c.displayName} status={c.invitation.status} />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
