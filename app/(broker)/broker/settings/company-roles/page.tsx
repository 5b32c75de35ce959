import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RoleCoverageEditor } from "@/components/broker/company/role-coverage-editor";
import { getRoleCoverageSettings } from "@/lib/data/company-roles/get-role-coverage-settings";
import { getRequestContext } from "@/lib/data/context/get-request-context";
import { canManageSettings } from "@/lib/data/settings/require-settings-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("companyAdmin.roleSettings"))("title") };
}

const FIXED_ROLES = ["FULL_ACCESS", "GROUP_MANAGER", "USER_MANAGER"] as const;

/** Settings → Firmenrollen: the tenant's line mapping of the four adjustable company roles; the fixed ones explained. */
export default async function CompanyRolesSettingsPage() {
  const ctx = await getRequestContext();
  if (!canManageSettings(ctx)) notFound();
  const [settings, t, tl, locale] = await Promise.all([
    getRoleCoverageSettings(ctx),
    getTranslations("companyAdmin.roleSettings"),
    getTranslations("labels"),
    getLocale(),
  ]);
  const en = locale.startsWith("en");
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h2 className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <div className="space-y-4">
        {settings.roles.map((setting) => (
          <RoleCoverageEditor key={setting.role} setting={setting} />
        ))}
      </div>
      <section className="space-y-2" aria-labelledby="fixed-roles-heading">
        <h2 id="fixed-roles-heading" className="text-lg font-semibold">
          {t("fixedHeading")}
        </h2>
        <dl
          className="divide-y divide-slate-100 rounded-2xl border border-slate-200 bg-white text-sm"
          data-testid="fixed-company-roles"
        >
          {FIXED_ROLES.map((role) => (
            <div key={role} className="px-5 py-3">
              <dt className="font-medium">{tl(`companyRole.${role}`)}</dt>
              <dd className="text-slate-600">{t(`fixed.${role}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <details className="rounded-2xl border border-slate-200 bg-white p-5 text-sm">
        <summary className="cursor-pointer font-medium">{t("catalog")}</summary>
        <ul className="mt-3 grid gap-x-6 gap-y-0.5 sm:grid-cols-2" data-testid="line-catalog">
          {settings.lines.map((l) => (
            <li key={l.code}>
              <span className="font-mono">{l.code}</span> {en && l.nameEn ? l.nameEn : l.name}{" "}
              <span className="text-slate-500">({tl(`lineGroup.${l.group}`)})</span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
