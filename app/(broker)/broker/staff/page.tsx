import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { roleLabel } from "@/components/broker/role-label";
import { StaffInviteForm } from "@/components/broker/staff-invite-form";
import { StaffTable } from "@/components/broker/staff-table";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listStaff } from "@/lib/data/staff/list-staff";

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
  const tRights = await getTranslations("rights.pages");
  const tLabels = await getTranslations("labels");
  // custom roles included: the data layer checks the chosen key against the office's roles
  const roles = overview.assignableRoles.map((r) => ({ key: r.key, name: roleLabel(tLabels, r) }));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
        </div>
        {overview.canInvite && (
          <Link
            href="/broker/staff/roles"
            className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
          >
            {tRights("link")}
          </Link>
        )}
      </div>
      {overview.canInvite && roles.length > 0 && <StaffInviteForm roles={roles} />}
      <StaffTable members={overview.members} assignableRoles={roles} />
    </div>
  );
}
