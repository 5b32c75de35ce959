import type { StaffAccessState, StaffMember } from "@/lib/data/staff/list-staff";
import { StaffInvitationButtons } from "./staff-invitation-buttons";

const dateTime = new Intl.DateTimeFormat("de-DE", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Berlin" });

function AccessBadge({ access }: { access: StaffAccessState }) {
  const badge = (className: string, text: string, title?: string) => (
    <span className={`rounded-full px-2 py-0.5 text-xs whitespace-nowrap ${className}`} title={title}>
      {text}
    </span>
  );
  switch (access.status) {
    case "active":
      return badge("bg-emerald-50 text-emerald-800", "aktiv");
    case "invited":
      return badge(
        "bg-blue-50 text-blue-800",
        `eingeladen am ${dateTime.format(access.sentAt)}`,
        `Link gültig bis ${dateTime.format(access.expiresAt)}`,
      );
    case "expired":
      return badge("bg-amber-50 text-amber-800", "Einladung abgelaufen", `eingeladen am ${dateTime.format(access.sentAt)}`);
    case "revoked":
      return badge("bg-slate-100 text-slate-600", "Einladung widerrufen");
    case "disabled":
      return badge("bg-red-50 text-red-800", "gesperrt");
  }
}

/** The broker's staff: role, access state and whether the second factor is set up. */
export function StaffTable({ members }: { members: StaffMember[] }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3">Name</th>
            <th className="hidden px-4 py-3 md:table-cell">E-Mail</th>
            <th className="px-4 py-3">Rolle</th>
            <th className="px-4 py-3">Status</th>
            <th className="px-4 py-3">2FA</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id} data-testid="staff-row">
              <td className="px-4 py-3 font-medium">{m.name}</td>
              <td className="hidden px-4 py-3 md:table-cell">{m.email}</td>
              <td className="px-4 py-3">{m.roleName}</td>
              <td className="px-4 py-3">
                <div className="flex flex-col items-start gap-1.5">
                  <AccessBadge access={m.access} />
                  {m.manageable && m.access.status !== "active" && m.access.status !== "disabled" && (
                    <StaffInvitationButtons userId={m.id} name={m.name} open={m.access.status === "invited"} />
                  )}
                </div>
              </td>
              <td className="px-4 py-3">{m.twoFactor ? "an" : <span className="text-amber-800">aus</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
