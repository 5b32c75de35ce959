import type { AppLocale } from "../../i18n/locales";
import type { Messages } from "../../i18n/messages/catalog";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";

/** Which change the notice describes: a sentence under mail.account.secondFactorChanged.changes. */
export type SecondFactorChange = keyof Messages["mail"]["account"]["secondFactorChanged"]["changes"];

/** Security notice after the second factor changed: the owner notices a change they did not make. */
export function secondFactorChangedMail(input: {
  locale: AppLocale;
  tenantName: string;
  change: SecondFactorChange;
}): MailContent {
  const t = translatorFor(input.locale);
  return {
    subject: t("mail.account.secondFactorChanged.subject"),
    paragraphs: [
      t("mail.account.greeting"),
      t("mail.account.secondFactorChanged.body", {
        tenant: input.tenantName,
        change: t(`mail.account.secondFactorChanged.changes.${input.change}`),
      }),
      t("mail.account.secondFactorChanged.notYou"),
    ],
  };
}
