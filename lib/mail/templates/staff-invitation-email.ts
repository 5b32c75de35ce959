import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../branded/mail-content";
import { invitationMailLayout } from "./invitation-mail-layout";

/**
 * A staff member's invitation to the broker workspace (same link rules as the customers' one). An
 * internal mail: the office's brand and imprint, but not the signature it writes to its customers.
 */
export function staffInvitationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  recipientName: string;
  roleName: string;
  link: string;
  expiresAt: Date;
}): MailContent {
  const t = translatorFor(input.locale);
  const tenant = input.tenantName;
  return invitationMailLayout({
    ...input,
    subject: t("mail.staffInvitation.subject", { tenant }),
    intro: [
      t("mail.staffInvitation.greeting", { name: input.recipientName }),
      t("mail.staffInvitation.intro", { tenant, role: input.roleName }),
      t("mail.staffInvitation.steps"),
    ],
    signature: false,
  });
}
