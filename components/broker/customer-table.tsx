import type { CustomerListItem } from "@/lib/data/customers/list-customers";
import { InvitationStateBadge } from "./invitation-state"; // issue #3
import { InviteButton } from "./invite-button"; // issue #3

export function CustomerTable({ items }: { items: CustomerListItem[] }) {
  if (items.length === 0) {
    return (
      <div className="rounded-2xl border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        Keine Kunden gefunden. Prüfen Sie die Schreibweise oder suchen Sie nach Kundennummer oder Policennummer.
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3">Kunde</th>
            <th className="px-4 py-3">Kundennr.</th>
            <th className="hidden px-4 py-3 md:table-cell">E-Mail</th>
            <th className="hidden px-4 py-3 md:table-cell">Ort</th>
            <th className="hidden px-4 py-3 lg:table-cell">Betreuer</th>
            <th className="px-4 py-3 text-right">Verträge</th>
            <th className="px-4 py-3">Portal</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((c) => (
            <tr key={c.id} data-testid="customer-row">
              <td className="px-4 py-3 font-medium">
                {c.displayName}
                <span className="ml-2 text-xs font-normal text-slate-500">{c.kind === "COMPANY" ? "Firma" : "Person"}</span>
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
                  {!c.hasPortalAccount && c.invitation.status !== "registered" && (
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
