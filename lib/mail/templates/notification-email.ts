import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

/**
 * "There is news in your portal": a neutral headline and a link — never the content itself
 * (security.md: no confidential data in e-mails). The headline is a generic catalogue text such as
 * "Neues Dokument in Ihrem Ordner", never a document title or message text. The frame closes it with
 * the office's signature.
 */
export function notificationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  headline: string;
  url: string;
  preferencesUrl: string;
}): MailContent {
  const t = translatorFor(input.locale);
  return {
    subject: t("mail.notification.subject", { tenant: input.tenantName, headline: input.headline }),
    preheader: input.headline,
    paragraphs: [t("mail.notification.greeting"), t("mail.notification.intro", { tenant: input.tenantName }), input.headline],
    button: { href: input.url, label: t("mail.notification.button") },
    footer: t("mail.notification.footer", { url: input.preferencesUrl }),
  };
}
