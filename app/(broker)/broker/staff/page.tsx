import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { roleLabel } from "@/components/broker/role-label";
import { StaffInviteForm } from "@/components/broker/staff-invite-form";
import { StaffTable } from "@/components/broker/staff-table";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listStaff } from "@/lib/data/staff/list-staff";
import { isStandardRole } from "@/lib/validation/staff-invitation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("broker.staff"))("title") };
}

/** /broker/staff: every staff member sees the team; owners and admins also invite. */
export default async function StaffPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/staff");
  if (ctx.actor.kind !== "STAFF") redirect("/portal");
  const overview = await listStaff(ctx);
  const t = await getTranslations("broker.staff");
  const tLabels = await getTranslations("labels");
  const roles = overview.assignableRoles.flatMap((r) =>
    isStandardRole(r.key) ? [{ key: r.key, name: roleLabel(tLabels, r) }] : [],
  );
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {overview.canInvite && roles.length > 0 && <StaffInviteForm roles={roles} />}
      <StaffTable members={overview.members} />
    </div>
  );
}
