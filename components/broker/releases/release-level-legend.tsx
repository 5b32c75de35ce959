import { useTranslations } from "next-intl";
import { useId } from "react";
import { RELEASE_LEVELS } from "@/lib/validation/releases";

// Same colours as the chosen radio in ReleaseLevelFields.
const DOT = { HIDDEN: "bg-slate-400", READ: "bg-sky-600", WRITE: "bg-emerald-600" } as const;

/** What hidden / read only / read and write mean for the customer (the myDIVERSO explanation, without its pitfalls). */
export function ReleaseLevelLegend() {
  const t = useTranslations("releases");
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="rounded-xl bg-slate-50 p-4 text-sm">
      <h3 id={titleId} className="font-semibold">
        {t("legend.title")}
      </h3>
      <dl className="mt-2 space-y-2">
        {RELEASE_LEVELS.map((level) => (
          <div key={level}>
            <dt className="flex items-center gap-2 font-medium">
              <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${DOT[level]}`} />
              {t(`levels.${level}.label`)}
            </dt>
            <dd className="ml-4.5 text-slate-700">{t(`levels.${level}.description`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-slate-600">{t("legend.default")}</p>
    </section>
  );
}
