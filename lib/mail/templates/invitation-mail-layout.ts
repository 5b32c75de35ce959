import type { AppLocale } from "../../i18n/locales";
import { timeZoneFor } from "../../i18n/time-zone";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

type Layout = {
  locale: AppLocale;
  subject: string;
  intro: string[];
  link: string;
  expiresAt: Date;
  signature: boolean;
};

/** "5. Mai 2026 um 14:30" / "5 May 2026 at 14:30", in the office's time zone. */
function formatExpiry(expiresAt: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: timeZoneFor(locale) }).format(
    expiresAt,
  );
}

/**
 * Shared content of every invitation mail: intro, validity, start button, "not expected?" footer,
 * in the recipient's language. The link is the same in every language.
 */
export function invitationMailLayout(input: Layout): MailContent {
  const t = translatorFor(input.locale);
  return {
    subject: input.subject,
    paragraphs: [...input.intro, t("mail.invitation.validUntil", { expiresAt: formatExpiry(input.expiresAt, input.locale) })],
    button: { href: input.link, label: t("mail.invitation.start") },
    footer: t("mail.invitation.notExpected"),
    signature: input.signature,
  };
}
