import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { isStandardRole } from "../../validation/staff-invitation";
import type { MailContent } from "../branded/mail-content";
import { invitationMailLayout } from "./invitation-mail-layout";

/**
 * A staff member's invitation to the broker workspace (same link rules as the customers' one). An
 * internal mail: the office's brand and imprint, but not the signature it writes to its customers.
 * A standard role (`roleKey` owner, admin, …) is named in the mail's language, like roleLabel does in
 * the UI, because its stored name is the German seed name; a role the broker created keeps its name.
 */
export function staffInvitationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  recipientName: string;
  roleName: string;
  roleKey?: string;
  link: string;
  expiresAt: Date;
}): MailContent {
  const t = translatorFor(input.locale);
  const tenant = input.tenantName;
  const role = input.roleKey && isStandardRole(input.roleKey) ? t(`labels.staffRole.${input.roleKey}`) : input.roleName;
  return invitationMailLayout({
    ...input,
    subject: t("mail.staffInvitation.subject", { tenant }),
    intro: [
      t("mail.staffInvitation.greeting", { name: input.recipientName }),
      t("mail.staffInvitation.intro", { tenant, role }),
      t("mail.staffInvitation.steps"),
    ],
    signature: false,
  });
}
