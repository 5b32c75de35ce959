import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/ui/language-switcher";

/** Branded, mobile-first frame of every registration page, with the language switcher below. */
export function RegistrationShell({
  tenantName,
  forStaff = false,
  children,
}: {
  tenantName: string;
  forStaff?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("onboarding.shell");
  return (
    <main className="flex min-h-dvh flex-col items-center px-4 py-8 sm:justify-center sm:py-12">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center">
          <div className="bg-brand mx-auto mb-3 h-12 w-12 rounded-xl" aria-hidden />
          <p className="text-xl font-semibold">{tenantName}</p>
          <p className="mt-1 text-sm text-slate-600">{forStaff ? t("staff") : t("customer")}</p>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">{children}</div>
        <LanguageSwitcher className="mt-4 justify-center" />
      </div>
    </main>
  );
}
