"use client";

import { useTranslations } from "next-intl";
import {
  PORTAL_MODULES,
  RELEASE_LEVELS,
  type PortalModuleKey,
  type ReleaseLevelKey,
  type ReleaseLevels,
} from "@/lib/validation/releases";

type Props = {
  /** distinguishes the radio names when two matrices are on one page */
  idPrefix: string;
  value: ReleaseLevels;
  onChange: (module: PortalModuleKey, level: ReleaseLevelKey) => void;
  disabled?: boolean;
  errors?: Partial<Record<string, string>>;
};

// The chosen level carries its meaning in colour as well as in words.
const CHECKED: Record<ReleaseLevelKey, string> = {
  HIDDEN: "has-checked:border-slate-500 has-checked:bg-slate-100",
  READ: "has-checked:border-sky-600 has-checked:bg-sky-50",
  WRITE: "has-checked:border-emerald-600 has-checked:bg-emerald-50",
};
const GRID = "sm:grid sm:grid-cols-[minmax(0,1fr)_repeat(3,8rem)] sm:items-center sm:gap-3";

/**
 * The release matrix itself: one fieldset per module (legend = module) with one radio per level.
 * On small screens each level is a labelled button-like radio; from `sm` on the levels line up
 * under column headings and the radio labels stay for screen readers only.
 */
export function ReleaseLevelFields({ idPrefix, value, onChange, disabled = false, errors = {} }: Props) {
  const t = useTranslations("releases");
  return (
    <div>
      <div aria-hidden="true" className={`hidden pb-2 text-xs font-medium text-slate-500 uppercase ${GRID}`}>
        <span>{t("matrix.module")}</span>
        {RELEASE_LEVELS.map((level) => (
          <span key={level} className="text-center">
            {t(`levels.${level}.label`)}
          </span>
        ))}
      </div>
      {PORTAL_MODULES.map((module) => {
        const descriptionId = `${idPrefix}-${module}-description`;
        const errorId = `${idPrefix}-${module}-error`;
        const error = errors[module];
        return (
          <fieldset
            key={module}
            aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
            className="min-w-0 border-t border-slate-100 py-3"
            data-testid={`release-${module}`}
          >
            <legend className="sr-only">{t(`modules.${module}.label`)}</legend>
            <div className={GRID}>
              <div className="mb-2 sm:mb-0">
                <p aria-hidden="true" className="text-sm font-medium">
                  {t(`modules.${module}.label`)}
                </p>
                <p id={descriptionId} className="text-xs text-slate-600">
                  {t(`modules.${module}.description`)}
                </p>
                {error && (
                  <p id={errorId} className="mt-1 text-sm text-red-700">
                    {error}
                  </p>
                )}
              </div>
              <div className="grid grid-cols-3 gap-2 sm:contents">
                {RELEASE_LEVELS.map((level) => (
                  <label
                    key={level}
                    className={`flex cursor-pointer items-center justify-center gap-2 rounded-lg border border-slate-200 px-2 py-2 text-xs has-focus-visible:ring-2 has-focus-visible:ring-sky-500 has-disabled:cursor-not-allowed has-disabled:opacity-70 ${CHECKED[level]}`}
                  >
                    <input
                      type="radio"
                      name={`${idPrefix}-${module}`}
                      value={level}
                      checked={value[module] === level}
                      onChange={() => onChange(module, level)}
                      disabled={disabled}
                      className="size-4"
                    />
                    <span className="sm:sr-only">{t(`levels.${level}.label`)}</span>
                  </label>
                ))}
              </div>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
