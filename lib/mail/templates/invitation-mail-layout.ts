import type { AppLocale } from "../../i18n/locales";
import { timeZoneFor } from "../../i18n/time-zone";
import { translatorFor } from "../../i18n/translator-for";
import { invitationBrandedHtml } from "./invitation-branded-html";

type Layout = {
  locale: AppLocale;
  tenantName: string;
  primaryColor: string;
  subject: string;
  intro: string[];
  link: string;
  expiresAt: Date;
};

/** "5. Mai 2026 um 14:30" / "5 May 2026 at 14:30", in the office's time zone. */
function formatExpiry(expiresAt: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: timeZoneFor(locale) }).format(
    expiresAt,
  );
}

/**
 * Shared frame of every invitation mail: intro, validity, start button, "not expected?" footer,
 * text + HTML, in the recipient's language. The link is the same in every language.
 */
export function invitationMailLayout(input: Layout): { subject: string; text: string; html: string } {
  const t = translatorFor(input.locale);
  const paragraphs = [
    ...input.intro,
    t("mail.invitation.validUntil", { expiresAt: formatExpiry(input.expiresAt, input.locale) }),
  ];
  const start = t("mail.invitation.start");
  const footer = t("mail.invitation.notExpected");
  return {
    subject: input.subject,
    text: [...paragraphs, `${start}: ${input.link}`, footer, `— ${input.tenantName}`].join("\n\n"),
    html: invitationBrandedHtml({
      locale: input.locale,
      tenantName: input.tenantName,
      primaryColor: input.primaryColor,
      paragraphs,
      button: { href: input.link, label: start },
      footer,
    }),
  };
}
