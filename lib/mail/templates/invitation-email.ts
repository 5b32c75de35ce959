import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";
import { invitationMailLayout } from "./invitation-mail-layout";

export type InvitationEmailInput = {
  /** The recipient's language: their own choice, else the tenant's. */
  locale: AppLocale;
  tenantName: string;
  recipientName: string | null;
  link: string;
  expiresAt: Date;
};

/** The customer's invitation to the broker's portal (link valid 48 hours, single use). */
export function invitationEmail(input: InvitationEmailInput): MailContent {
  const t = translatorFor(input.locale);
  const tenant = input.tenantName;
  return invitationMailLayout({
    ...input,
    subject: t("mail.invitation.subject", { tenant }),
    intro: [
      input.recipientName ? t("mail.invitation.greetingNamed", { name: input.recipientName }) : t("mail.invitation.greeting"),
      t("mail.invitation.intro", { tenant }),
      t("mail.invitation.steps"),
    ],
    signature: true,
  });
}
