import { useTranslations } from "next-intl";
import type { SecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import { translateMessage } from "@/lib/i18n/translate-message";
import { SecondFactorPanel } from "./second-factor-panel";

/** "Zwei-Faktor-Anmeldung" section of the security page; the page loads the status (getSecondFactorStatus). */
export function SecondFactorSettings({ status }: { status: SecondFactorStatus }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="second-factor" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="second-factor" className="mb-1 text-lg font-semibold">
        {t("account.secondFactor.title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{translateMessage(t, status.policyText)}</p>
      <SecondFactorPanel status={status} />
    </section>
  );
}
