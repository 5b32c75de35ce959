"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PasswordStrength, PersonalData } from "@/lib/auth/password-strength";
import { translateMessage } from "@/lib/i18n/translate-message";
import { VALIDATION_VALUES } from "@/lib/validation/limits";

const BAR_COLOURS = ["bg-red-600", "bg-orange-500", "bg-amber-400", "bg-lime-500", "bg-green-600"] as const;

/**
 * Five-step strength bar with a label and hint in the visitor's language. The estimator and its
 * dictionaries (~1 MB) load on first input via dynamic import, so they stay out of the page's first
 * bundle. Only a guide: the server decides with checkNewPassword.
 */
export function PasswordStrengthMeter({
  password,
  personal = {},
  id,
}: {
  password: string;
  personal?: PersonalData;
  id?: string;
}) {
  const t = useTranslations("onboarding.password.strength");
  const tAll = useTranslations();
  const [strength, setStrength] = useState<PasswordStrength | null>(null);
  const { email, firstName, lastName } = personal;

  useEffect(() => {
    let cancelled = false;
    // Short debounce: one estimate after typing pauses instead of one per keystroke.
    const timer = setTimeout(async () => {
      const { passwordStrength } = await import("@/lib/auth/password-strength");
      if (!cancelled) setStrength(password ? passwordStrength(password, { email, firstName, lastName }) : null);
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [password, email, firstName, lastName]);

  const shown = password ? strength : null;
  const filled = shown ? shown.score + 1 : 0;
  return (
    <div id={id} className="mt-2">
      <div className="flex gap-1" aria-hidden="true">
        {BAR_COLOURS.map((colour, i) => (
          <div
            key={colour}
            className={`h-1.5 flex-1 rounded-full ${i < filled && shown ? BAR_COLOURS[shown.score] : "bg-slate-200"}`}
          />
        ))}
      </div>
      <div aria-live="polite" className="mt-1 text-sm text-slate-600">
        {shown ? (
          <>
            <p>
              {t("label")} <span className="font-medium text-slate-900">{translateMessage(tAll, shown.label)}</span>
            </p>
            {shown.feedback && <p>{translateMessage(tAll, shown.feedback)}</p>}
          </>
        ) : (
          <p>{t("idle", VALIDATION_VALUES)}</p>
        )}
      </div>
    </div>
  );
}
