"use client";

import { useFormatter, useTranslations } from "next-intl";
import { MIN_CONTRAST, type ContrastPair, type ContrastProblem } from "@/lib/tenant/contrast";

type Props = { problems: ContrastProblem[]; onApply: (pair: ContrastPair, color: string) => void };

/** The WCAG AA notes under the preview, each with the nearest readable shade to take over. */
export function ContrastWarnings({ problems, onApply }: Props) {
  const t = useTranslations("branding.contrast");
  const format = useFormatter();
  // one decimal, rounded down: a ratio of 4.47 must not read as the required 4.5
  const ratio = (value: number) =>
    format.number(Math.floor(value * 10) / 10, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const min = ratio(MIN_CONTRAST);
  return (
    <div aria-live="polite" className="space-y-2">
      <h3 className="text-sm font-semibold">{t("title")}</h3>
      {problems.length === 0 ? (
        <p className="text-sm text-emerald-800">{t("ok", { min })}</p>
      ) : (
        <ul className="space-y-2">
          {problems.map((problem) => (
            <li
              key={problem.pair}
              className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
              data-testid={`contrast-warning-${problem.pair}`}
            >
              <p>{t(problem.pair, { ratio: ratio(problem.ratio), min })}</p>
              <button
                type="button"
                onClick={() => onApply(problem.pair, problem.suggestion)}
                className="mt-2 inline-flex items-center gap-2 rounded-lg border border-amber-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-amber-100"
              >
                <span
                  aria-hidden
                  className="h-4 w-4 rounded border border-slate-300"
                  style={{ backgroundColor: problem.suggestion }}
                />
                {t("apply", { color: problem.suggestion })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
