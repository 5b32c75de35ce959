import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/ui/language-switcher";

/** Neutral page on the platform's root domain: no broker brand, no sign-in. */
export function PlatformHome() {
  const t = useTranslations("platform.home");
  return (
    <main className="mx-auto w-full max-w-2xl px-6 py-20">
      <p className="text-sm font-medium tracking-wide text-slate-500 uppercase">{t("eyebrow")}</p>
      <h1 className="mt-2 text-3xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <LanguageSwitcher className="mt-8" />
    </main>
  );
}
