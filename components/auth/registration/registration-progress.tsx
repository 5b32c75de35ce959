import { useTranslations } from "next-intl";

const STEPS = ["email", "phone", "password"] as const;

/** "Schritt 2 von 3" with three bars; the current step is announced to screen readers. */
export function RegistrationProgress({ current }: { current: 1 | 2 | 3 }) {
  const t = useTranslations("onboarding.progress");
  return (
    <div className="mb-5">
      <p className="text-sm font-medium text-slate-600" data-testid="registration-step">
        {t("step", { current, total: STEPS.length })}
      </p>
      <ol className="mt-2 grid grid-cols-3 gap-2" aria-label={t("label")}>
        {STEPS.map((step, i) => {
          const n = i + 1;
          const state = n < current ? "done" : n === current ? "current" : "open";
          return (
            <li key={step} aria-current={n === current ? "step" : undefined}>
              <span className={`block h-1.5 rounded-full ${n <= current ? "bg-brand" : "bg-slate-200"}`} aria-hidden />
              <span className={`mt-1 block text-xs ${n === current ? "font-semibold text-slate-900" : "text-slate-500"}`}>
                {t(`steps.${step}`)}
                <span className="sr-only"> ({t(`state.${state}`)})</span>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
