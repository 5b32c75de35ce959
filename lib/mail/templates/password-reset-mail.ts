import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

type Input = { tenantName: string; link: string; validMinutes: number; locale: AppLocale };

/** The "forgot password" e-mail with the one-hour reset link, in the recipient's language. */
export function passwordResetMail({ tenantName, link, validMinutes, locale }: Input): MailContent {
  const t = translatorFor(locale);
  return {
    subject: t("mail.account.passwordReset.subject", { tenant: tenantName }),
    paragraphs: [t("mail.account.greeting"), t("mail.account.passwordReset.requested", { tenant: tenantName })],
    button: { href: link, label: t("mail.account.passwordReset.button") },
    footer: [t("mail.account.passwordReset.validity", { minutes: validMinutes }), t("mail.account.passwordReset.notYou")].join(
      " ",
    ),
  };
}
