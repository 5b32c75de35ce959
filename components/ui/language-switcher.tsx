"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { chooseLanguageAction } from "@/lib/actions/locale/choose-language";
import { LANGUAGES, languageOf } from "@/lib/i18n/locales";

/** Deutsch | English — each label in its own language so a visitor finds theirs. */
export function LanguageSwitcher({ className = "" }: { className?: string }) {
  const t = useTranslations("common.language");
  const current = languageOf(useLocale());
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <nav aria-label={t("label")} className={`flex items-center gap-1 text-sm ${className}`}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          disabled={pending || language === current}
          aria-current={language === current ? "true" : undefined}
          onClick={() =>
            startTransition(async () => {
              await chooseLanguageAction(language);
              router.refresh();
            })
          }
          className={`rounded px-2 py-1 ${language === current ? "font-semibold text-slate-900" : "text-slate-600 hover:underline"}`}
        >
          {t(language)}
        </button>
      ))}
    </nav>
  );
}
