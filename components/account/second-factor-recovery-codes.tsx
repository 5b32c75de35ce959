"use client";

import { useTranslations } from "next-intl";

/** Recovery codes shown exactly once after enrolment or regeneration. */
export function SecondFactorRecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("account.secondFactor.recoveryCodes");
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("title")}</h3>
      <p className="text-sm text-slate-600">
        {t("intro")} {t("oldInvalid")}
      </p>
      <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-2 font-mono text-sm">
        {codes.map((c) => (
          <li key={c} className="rounded bg-slate-100 px-2 py-1 text-center">
            {c}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDone} className="bg-brand text-on-brand rounded-lg px-4 py-2 text-sm font-medium">
        {t("noted")}
      </button>
    </div>
  );
}
