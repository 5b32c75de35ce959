"use client";

import { useTranslations } from "next-intl";

export const IMPORT_STEPS = ["upload", "mapping", "preview", "report"] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** "1 Datei · 2 Zuordnung · 3 Vorschau · 4 Ergebnis" with the current step marked for screen readers too. */
export function StepIndicator({ current }: { current: ImportStep }) {
  const t = useTranslations("import.steps");
  const index = IMPORT_STEPS.indexOf(current);
  return (
    <ol aria-label={t("label")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {IMPORT_STEPS.map((step, i) => (
        <li
          key={step}
          aria-current={i === index ? "step" : undefined}
          className={i === index ? "text-brand-ink font-semibold" : i < index ? "text-slate-700" : "text-slate-400"}
        >
          <span className="tabular-nums">{i + 1}.</span> {t(step)}
        </li>
      ))}
    </ol>
  );
}
