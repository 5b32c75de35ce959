import { useTranslations } from "next-intl";
import { CreateRoleForm } from "./create-role-form";
import { CustomRoleItem } from "./custom-role-item";

type Props = { roles: { id: string; name: string; memberCount: number }[] };

/** The office's own roles below the matrix: create, rename, delete. */
export function CustomRoles({ roles }: Props) {
  const t = useTranslations("rights.roles");
  return (
    <section aria-labelledby="custom-roles-title" className="space-y-3 rounded-2xl border border-slate-200 bg-white p-5">
      <div>
        <h2 id="custom-roles-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </div>
      {roles.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {roles.map((role) => (
            <CustomRoleItem key={`${role.id}-${role.name}`} role={role} />
          ))}
        </ul>
      )}
      <CreateRoleForm />
    </section>
  );
}
