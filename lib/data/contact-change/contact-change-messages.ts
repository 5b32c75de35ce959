import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import type { MailContent } from "../../mail/branded/mail-content";

// Texts under mail.account.contactChange, in the recipient's language (user's, else the tenant's).
// E-mails are content for the tenant's branded frame (lib/jobs/enqueue-branded-email.ts); SMS are plain.
type Tenant = { name: string };

/** The code that confirms a new login e-mail address; sent to the new address. */
export function emailChangeCodeMail(tenant: Tenant, locale: AppLocale, code: string): MailContent {
  const t = translatorFor(locale);
  return {
    subject: t("mail.account.contactChange.codeSubject", { code }),
    paragraphs: [t("mail.account.greeting"), t("mail.account.contactChange.codeBody", { tenant: tenant.name })],
    code,
    footer: t("mail.account.contactChange.codeFooter"),
  };
}

/** The code that confirms a new mobile number; code first, phones show it in the preview. */
export function phoneChangeCodeSms(tenant: Tenant, locale: AppLocale, code: string): string {
  return translatorFor(locale)("mail.account.contactChange.codeSms", { code, tenant: tenant.name });
}

/** Notice to the OLD address after the login e-mail changed. */
export function emailChangedNotice(tenant: Tenant, locale: AppLocale, masked: { to: string }): MailContent {
  const t = translatorFor(locale);
  return {
    subject: t("mail.account.contactChange.emailChangedSubject", { tenant: tenant.name }),
    paragraphs: [
      t("mail.account.greeting"),
      t("mail.account.contactChange.emailChangedBody", { tenant: tenant.name, to: masked.to }),
      t("mail.account.contactChange.notYou", { tenant: tenant.name }),
    ],
  };
}

/** Notice by e-mail (to the account address) after the mobile number changed. */
export function phoneChangedNotice(tenant: Tenant, locale: AppLocale, masked: { to: string }): MailContent {
  const t = translatorFor(locale);
  return {
    subject: t("mail.account.contactChange.phoneChangedSubject", { tenant: tenant.name }),
    paragraphs: [
      t("mail.account.greeting"),
      t("mail.account.contactChange.phoneChangedBody", { tenant: tenant.name, to: masked.to }),
      t("mail.account.contactChange.notYou", { tenant: tenant.name }),
    ],
  };
}

/** SMS to the OLD number after the mobile number changed. */
export function phoneChangedSms(tenant: Tenant, locale: AppLocale): string {
  return translatorFor(locale)("mail.account.contactChange.phoneChangedSms", { tenant: tenant.name });
}
