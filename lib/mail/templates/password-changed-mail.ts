import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { passwordMailHtml } from "./password-mail-html";

type Input = { tenantName: string; loginUrl: string; via: "reset" | "change"; locale: AppLocale };

/** Notice after every password change so the owner notices a change they did not make. */
export function passwordChangedMail({ tenantName, loginUrl, via, locale }: Input): {
  subject: string;
  text: string;
  html: string;
} {
  const t = translatorFor(locale);
  const subject = t("mail.account.passwordChanged.subject", { tenant: tenantName });
  const paragraphs = [
    t("mail.account.greeting"),
    via === "reset"
      ? t("mail.account.passwordChanged.viaReset", { tenant: tenantName })
      : t("mail.account.passwordChanged.viaChange", { tenant: tenantName }),
    t("mail.account.passwordChanged.sessionsEnded"),
    t("mail.account.passwordChanged.notYou", { loginUrl }),
  ];
  const text = paragraphs.join("\n\n");
  const button = { href: loginUrl, label: t("mail.account.passwordChanged.button") };
  const html = passwordMailHtml({ locale, tenantName, paragraphs, button });
  return { subject, text, html };
}
