import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { invitationBrandedHtml } from "./invitation-branded-html";

/**
 * "There is news in your portal": brand, a neutral headline and a link — never the content itself
 * (security.md: no confidential data in e-mails). The headline is a generic catalogue text such as
 * "Neues Dokument in Ihrem Ordner", never a document title or message text.
 */
export function notificationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  primaryColor: string;
  headline: string;
  url: string;
  preferencesUrl: string;
}): { subject: string; text: string; html: string } {
  const t = translatorFor(input.locale);
  const paragraphs = [
    t("mail.notification.greeting"),
    t("mail.notification.intro", { tenant: input.tenantName }),
    input.headline,
  ];
  const footer = t("mail.notification.footer", { url: input.preferencesUrl });
  return {
    subject: t("mail.notification.subject", { tenant: input.tenantName, headline: input.headline }),
    text: [...paragraphs, `${t("mail.notification.button")}: ${input.url}`, footer, `— ${input.tenantName}`].join("\n\n"),
    html: invitationBrandedHtml({
      locale: input.locale,
      tenantName: input.tenantName,
      primaryColor: input.primaryColor,
      paragraphs,
      button: { href: input.url, label: t("mail.notification.button") },
      footer,
    }),
  };
}
