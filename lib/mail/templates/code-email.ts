import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

/** The e-mail confirmation code of the registration (valid 10 minutes), in the recipient's language. */
export function registrationCodeEmail(input: { locale: AppLocale; tenantName: string; code: string }): MailContent {
  const t = translatorFor(input.locale);
  return {
    subject: t("mail.code.subject", { code: input.code }),
    paragraphs: [t("mail.code.greeting"), t("mail.code.intro", { tenant: input.tenantName })],
    code: input.code,
    footer: t("mail.code.footer"),
  };
}
