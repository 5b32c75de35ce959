import type { AppLocale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator-for";
import type { MailContent } from "../mail/branded/mail-content";

/**
 * "There is news for you in the staff area": a generic headline ("Neue Nachricht von Kunde
 * K-1001") and a deep link — never the subject or text of a conversation (security.md: no
 * confidential data in e-mails). Staff have no e-mail preferences, so there is no settings link. An
 * internal mail: the office's brand and imprint, but not the signature it writes to its customers.
 */
export function staffNotificationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  headline: string;
  url: string;
}): MailContent {
  const t = translatorFor(input.locale);
  return {
    subject: t("tickets.staffMail.subject", { tenant: input.tenantName, headline: input.headline }),
    preheader: input.headline,
    paragraphs: [t("tickets.staffMail.greeting"), t("tickets.staffMail.intro", { tenant: input.tenantName }), input.headline],
    button: { href: input.url, label: t("tickets.staffMail.button") },
    footer: t("tickets.staffMail.footer"),
    signature: false,
  };
}
