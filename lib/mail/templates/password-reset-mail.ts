import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { passwordMailHtml } from "./password-mail-html";

type Input = { tenantName: string; link: string; validMinutes: number; locale: AppLocale };

/** The "forgot password" e-mail with the one-hour reset link, in the recipient's language. */
export function passwordResetMail({ tenantName, link, validMinutes, locale }: Input): {
  subject: string;
  text: string;
  html: string;
} {
  const t = translatorFor(locale);
  const subject = t("mail.account.passwordReset.subject", { tenant: tenantName });
  const paragraphs = [
    t("mail.account.greeting"),
    t("mail.account.passwordReset.requested", { tenant: tenantName }),
    t("mail.account.passwordReset.validity", { minutes: validMinutes }),
    t("mail.account.passwordReset.notYou"),
  ];
  const button = t("mail.account.passwordReset.button");
  const text = [paragraphs[0], "", paragraphs[1], "", `${button}:`, link, "", paragraphs[2], paragraphs[3]].join("\n");
  const html = passwordMailHtml({ locale, tenantName, paragraphs, button: { href: link, label: button } });
  return { subject, text, html };
}
