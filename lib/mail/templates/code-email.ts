import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { invitationBrandedHtml } from "./invitation-branded-html";

/** The e-mail confirmation code of the registration (valid 10 minutes), in the recipient's language. */
export function registrationCodeEmail(input: { locale: AppLocale; tenantName: string; primaryColor: string; code: string }): {
  subject: string;
  text: string;
  html: string;
} {
  const t = translatorFor(input.locale);
  const paragraphs = [t("mail.code.greeting"), t("mail.code.intro", { tenant: input.tenantName })];
  const footer = t("mail.code.footer");
  return {
    subject: t("mail.code.subject", { code: input.code }),
    text: [...paragraphs, input.code, footer, `— ${input.tenantName}`].join("\n\n"),
    html: invitationBrandedHtml({
      locale: input.locale,
      tenantName: input.tenantName,
      primaryColor: input.primaryColor,
      paragraphs,
      code: input.code,
      footer,
    }),
  };
}
