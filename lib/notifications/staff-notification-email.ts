import type { AppLocale } from "../i18n/locales";
import { translatorFor } from "../i18n/translator-for";
import { invitationBrandedHtml } from "../mail/templates/invitation-branded-html";

/**
 * "There is news for you in the broker portal": brand, a generic headline ("Neue Nachricht von Kunde
 * K-1001") and a deep link — never the subject or text of a conversation (security.md: no
 * confidential data in e-mails). Staff have no e-mail preferences, so there is no settings link.
 */
export function staffNotificationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  primaryColor: string;
  headline: string;
  url: string;
}): { subject: string; text: string; html: string } {
  const t = translatorFor(input.locale);
  const paragraphs = [
    t("tickets.staffMail.greeting"),
    t("tickets.staffMail.intro", { tenant: input.tenantName }),
    input.headline,
  ];
  const footer = t("tickets.staffMail.footer");
  return {
    subject: t("tickets.staffMail.subject", { tenant: input.tenantName, headline: input.headline }),
    text: [...paragraphs, `${t("tickets.staffMail.button")}: ${input.url}`, footer, `— ${input.tenantName}`].join("\n\n"),
    html: invitationBrandedHtml({
      locale: input.locale,
      tenantName: input.tenantName,
      primaryColor: input.primaryColor,
      paragraphs,
      button: { href: input.url, label: t("tickets.staffMail.button") },
      footer,
    }),
  };
}
