import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

type Input = { tenantName: string; loginUrl: string; via: "reset" | "change"; locale: AppLocale };

/** Notice after every password change so the owner notices a change they did not make. */
export function passwordChangedMail({ tenantName, loginUrl, via, locale }: Input): MailContent {
  const t = translatorFor(locale);
  return {
    subject: t("mail.account.passwordChanged.subject", { tenant: tenantName }),
    paragraphs: [
      t("mail.account.greeting"),
      via === "reset"
        ? t("mail.account.passwordChanged.viaReset", { tenant: tenantName })
        : t("mail.account.passwordChanged.viaChange", { tenant: tenantName }),
      t("mail.account.passwordChanged.sessionsEnded"),
      t("mail.account.passwordChanged.notYou", { loginUrl }),
    ],
    button: { href: loginUrl, label: t("mail.account.passwordChanged.button") },
  };
}
