import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { roleLabel } from "@/components/broker/role-label";
import { CustomRoles } from "@/components/broker/roles/custom-roles";
import { RoleMatrix } from "@/components/broker/roles/role-matrix";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { listStaffRoles } from "@/lib/data/staff/roles/list-staff-roles";
import { canManageStaff } from "@/lib/data/staff/staff-permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rights.pages"))("title") };
}

/** /broker/staff/roles: the role editor (rights matrix and the office's own roles), owners and admins only. */
export default async function StaffRolesPage() {
  const ctx = await getRequestContext();
  if (!ctx) redirect("/login?callbackUrl=/broker/staff/roles");
  if (ctx.actor.kind !== "STAFF" || !canManageStaff(ctx.actor)) notFound();
  const roles = await listStaffRoles(ctx);
  const t = await getTranslations("rights.pages");
  const tLabels = await getTranslations("labels");
  const columns = roles.map((role) => ({ ...role, label: roleLabel(tLabels, role) }));
  return (
    <div className="space-y-6">
      <div>
        <Link href="/broker/staff" className="text-brand-ink text-sm hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      {/* a new or deleted role is a new column: start the matrix afresh */}
      <RoleMatrix key={roles.map((r) => r.id).join()} roles={columns} />
      <CustomRoles roles={roles.filter((r) => r.custom)} />
    </div>
  );
}
