"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const TABS = [
  { href: "/broker/settings", key: "general" },
  { href: "/broker/settings/branding", key: "branding" },
  { href: "/broker/settings/legal", key: "legal" },
  { href: "/broker/settings/domains", key: "domains" },
  { href: "/broker/settings/emails", key: "emails" },
  { href: "/broker/settings/company-roles", key: "companyRoles" },
] as const;

/** Tabs of the settings area; the current one is marked for screen readers too. */
export function SettingsNav() {
  const t = useTranslations("settings.nav");
  const tCompany = useTranslations("companyAdmin.roleSettings");
  const path = usePathname();
  return (
    <nav aria-label={t("label")} className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4">
      <ul className="flex gap-1 text-sm whitespace-nowrap">
        {TABS.map((tab) => {
          const current = tab.href === "/broker/settings" ? path === tab.href : path.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 ${
                  current ? "border-brand text-ink font-semibold" : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
              >
                {tab.key === "companyRoles" ? tCompany("nav") : t(tab.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
