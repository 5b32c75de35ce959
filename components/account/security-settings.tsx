import { useTranslations } from "next-intl";
import { ChangePasswordForm } from "./change-password-form";
import { ContactSettings } from "./contact-settings";
import { LogOutEverywhereButton } from "./log-out-everywhere-button";
import { SecondFactorSettings } from "./second-factor-settings";
import type { SecondFactorStatus } from "@/lib/data/second-factor/get-second-factor-status";
import type { ContactSettings as ContactSettingsData } from "@/lib/data/contact-change/get-contact-settings";

type Props = {
  account: { email: string; firstName: string | null; lastName: string | null };
  secondFactor?: SecondFactorStatus;
  contact?: ContactSettingsData;
};

/** The "Sicherheit" page body, shared by the customer portal and the broker workspace. */
export function SecuritySettings({ account, secondFactor, contact }: Props) {
  const t = useTranslations("account");
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("security.title")}</h1>
      <section aria-labelledby="change-password" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="change-password" className="mb-1 text-lg font-semibold">
          {t("changePassword.title")}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t("changePassword.intro", { email: account.email })}</p>
        <ChangePasswordForm personal={account} />
      </section>
      {secondFactor && <SecondFactorSettings status={secondFactor} />}
      {contact && <ContactSettings contact={contact} />}
      <section aria-labelledby="log-out-everywhere" className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="log-out-everywhere" className="mb-1 text-lg font-semibold">
          {t("logOutEverywhere.title")}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t("logOutEverywhere.intro")}</p>
        <LogOutEverywhereButton />
      </section>
    </div>
  );
}
