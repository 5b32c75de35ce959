import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/ui/language-switcher";

/** The neutral frame of the operator sign-in steps: no broker brand, no tenant data. */
export async function PlatformAuthFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const t = await getTranslations("platformAdmin");
  return (
    <main className="flex flex-1 items-start justify-center px-4 py-10 sm:items-center">
      <div className="w-full max-w-md">
        <p className="text-sm font-medium tracking-wide text-slate-500 uppercase">{t("title")}</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-2 text-sm text-slate-600">{intro}</p>
        <div className="mt-6 rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        <LanguageSwitcher className="mt-6" />
      </div>
    </main>
  );
}
