import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BrandMark } from "@/components/settings/branding/brand-mark";
import { LanguageSwitcher } from "@/components/ui/language-switcher";

/** Branded, mobile-first frame of every registration page, with the language switcher below. */
export function RegistrationShell({
  tenantName,
  logoPath,
  forStaff = false,
  children,
}: {
  tenantName: string;
  /** the tenant's uploaded logo (TenantBranding.logoPath), null for the coloured square */
  logoPath: string | null;
  forStaff?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("onboarding.shell");
  return (
    <main className="flex flex-1 flex-col items-center px-4 py-8 sm:justify-center sm:py-12">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <BrandMark logoPath={logoPath} name={tenantName} variant="auth" />
          <p className="text-xl font-semibold">{tenantName}</p>
          <p className="mt-1 text-sm text-slate-600">{forStaff ? t("staff") : t("customer")}</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">{children}</div>
        <LanguageSwitcher className="mt-4 justify-center" />
      </div>
    </main>
  );
}
