import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffInviteForm } from "@/components/broker/staff-invite-form";
import { StaffTable } from "@/components/broker/staff-table";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listStaff } from "@/lib/data/staff/list-staff";
import { STAFF_ROLE_KEYS, type StaffRoleKey } from "@/lib/validation/staff-invitation";

export const metadata: Metadata = { title: "Mitarbeiter" };

const isStandardRole = (key: string): key is StaffRoleKey => (STAFF_ROLE_KEYS as readonly string[]).includes(key);

/** /broker/staff: every staff member sees the team; owners and admins also invite. */
export default async function StaffPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/staff");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const overview = await listStaff(ctx);
  const roles = overview.assignableRoles.flatMap((r) => (isStandardRole(r.key) ? [{ key: r.key, name: r.name }] : []));
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Mitarbeiter</h1>
        <p className="mt-1 text-sm text-slate-600">
          Neue Mitarbeiter bestätigen E-Mail-Adresse und Mobilnummer, legen ein Passwort fest und richten bei der ersten Anmeldung
          eine Authenticator-App ein.
        </p>
      </div>
      {overview.canInvite && roles.length > 0 && <StaffInviteForm roles={roles} />}
      <StaffTable members={overview.members} />
    </div>
  );
}
