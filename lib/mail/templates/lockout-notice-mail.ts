import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

/** After repeated failed sign-ins: tells the owner of the account, without details an attacker could use. */
export function lockoutNoticeMail(locale: AppLocale): MailContent {
  const t = translatorFor(locale);
  return {
    subject: t("mail.account.lockout.subject"),
    paragraphs: [t("mail.account.greeting"), t("mail.account.lockout.body"), t("mail.account.lockout.notYou")],
  };
}
