import { useLocale, useTranslations } from "next-intl";
import type { StaffAccessState, StaffMember } from "@/lib/data/staff/list-staff";
import { formatDateTime } from "@/lib/i18n/format";
import { roleLabel } from "./role-label";
import { StaffAccessToggle } from "./staff-access-toggle";
import { StaffInvitationButtons } from "./staff-invitation-buttons";
import { StaffRoleSelect } from "./staff-role-select";

function AccessBadge({ access }: { access: StaffAccessState }) {
  const t = useTranslations("broker.staff.access");
  const locale = useLocale();
  const badge = (className: string, text: string, title?: string) => (
    <span className={`rounded-full px-2 py-0.5 text-xs whitespace-nowrap ${className}`} title={title}>
      {text}
    </span>
  );
  switch (access.status) {
    case "active":
      return badge("bg-emerald-50 text-emerald-800", t("active"));
    case "invited":
      return badge(
        "bg-blue-50 text-blue-800",
        t("invited", { sentAt: formatDateTime(access.sentAt, locale) }),
        t("validUntil", { expiresAt: formatDateTime(access.expiresAt, locale) }),
      );
    case "expired":
      return badge("bg-amber-50 text-amber-800", t("expired"), t("invited", { sentAt: formatDateTime(access.sentAt, locale) }));
    case "revoked":
      return badge("bg-slate-100 text-slate-600", t("revoked"));
    case "disabled":
      return badge("bg-red-50 text-red-800", t("disabled"));
  }
}

type Props = {
  members: StaffMember[];
  /** the roles the viewer may hand out, named in the reader's language */
  assignableRoles: { key: string; name: string }[];
};

/**
 * The broker's staff: role, access state and whether the second factor is set up. For members the
 * viewer may manage: change the role, disable or re-enable the access.
 */
export function StaffTable({ members, assignableRoles }: Props) {
  const t = useTranslations("broker.staff");
  const tLabels = useTranslations("labels");
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-3">{t("columns.name")}</th>
            <th className="hidden px-4 py-3 md:table-cell">{t("columns.email")}</th>
            <th className="px-4 py-3">{t("columns.role")}</th>
            <th className="px-4 py-3">{t("columns.status")}</th>
            <th className="px-4 py-3">{t("columns.twoFactor")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <tr key={m.id} data-testid="staff-row">
              <td className="px-4 py-3 font-medium">{m.name}</td>
              <td className="hidden px-4 py-3 md:table-cell">{m.email}</td>
              <td className="px-4 py-3">
                {m.manageable && assignableRoles.some((r) => r.key === m.roleKey) ? (
                  <StaffRoleSelect userId={m.id} name={m.name} roleKey={m.roleKey} roles={assignableRoles} />
                ) : (
                  roleLabel(tLabels, { key: m.roleKey, name: m.roleName })
                )}
              </td>
              <td className="px-4 py-3">
                <div className="flex flex-col items-start gap-1.5">
                  <AccessBadge access={m.access} />
                  {m.manageable && m.access.status !== "active" && m.access.status !== "disabled" && (
                    <StaffInvitationButtons userId={m.id} name={m.name} open={m.access.status === "invited"} />
                  )}
                  {m.manageable && (m.access.status === "active" || m.access.status === "disabled") && (
                    <StaffAccessToggle userId={m.id} name={m.name} disabled={m.access.status === "disabled"} />
                  )}
                </div>
              </td>
              <td className="px-4 py-3">
                {m.twoFactor ? t("twoFactorOn") : <span className="text-amber-800">{t("twoFactorOff")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
