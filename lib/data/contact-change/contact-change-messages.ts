import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { invitationBrandedHtml } from "../../mail/templates/invitation-branded-html";
import { passwordMailHtml } from "../../mail/templates/password-mail-html";

// Texts under mail.account.contactChange, in the recipient's language (user's, else the tenant's).
type Tenant = { name: string; primaryColor: string };
type Mail = { subject: string; text: string; html: string };

/** The code that confirms a new login e-mail address; sent to the new address. */
export function emailChangeCodeMail(tenant: Tenant, locale: AppLocale, code: string): Mail {
  const t = translatorFor(locale);
  const paragraphs = [t("mail.account.greeting"), t("mail.account.contactChange.codeBody", { tenant: tenant.name })];
  const footer = t("mail.account.contactChange.codeFooter");
  return {
    subject: t("mail.account.contactChange.codeSubject", { code }),
    text: [...paragraphs, code, footer, `— ${tenant.name}`].join("\n\n"),
    html: invitationBrandedHtml({ locale, tenantName: tenant.name, primaryColor: tenant.primaryColor, paragraphs, code, footer }),
  };
}

/** The code that confirms a new mobile number; code first, phones show it in the preview. */
export function phoneChangeCodeSms(tenant: Tenant, locale: AppLocale, code: string): string {
  return translatorFor(locale)("mail.account.contactChange.codeSms", { code, tenant: tenant.name });
}

/** Notice to the OLD address after the login e-mail changed. */
export function emailChangedNotice(tenant: Tenant, locale: AppLocale, masked: { to: string }): Mail {
  const t = translatorFor(locale);
  const paragraphs = [
    t("mail.account.greeting"),
    t("mail.account.contactChange.emailChangedBody", { tenant: tenant.name, to: masked.to }),
    t("mail.account.contactChange.notYou", { tenant: tenant.name }),
  ];
  return {
    subject: t("mail.account.contactChange.emailChangedSubject", { tenant: tenant.name }),
    text: paragraphs.join("\n\n"),
    html: passwordMailHtml({ locale, tenantName: tenant.name, paragraphs }),
  };
}

/** Notice by e-mail (to the account address) after the mobile number changed. */
export function phoneChangedNotice(tenant: Tenant, locale: AppLocale, masked: { to: string }): Mail {
  const t = translatorFor(locale);
  const paragraphs = [
    t("mail.account.greeting"),
    t("mail.account.contactChange.phoneChangedBody", { tenant: tenant.name, to: masked.to }),
    t("mail.account.contactChange.notYou", { tenant: tenant.name }),
  ];
  return {
    subject: t("mail.account.contactChange.phoneChangedSubject", { tenant: tenant.name }),
    text: paragraphs.join("\n\n"),
    html: passwordMailHtml({ locale, tenantName: tenant.name, paragraphs }),
  };
}

/** SMS to the OLD number after the mobile number changed. */
export function phoneChangedSms(tenant: Tenant, locale: AppLocale): string {
  return translatorFor(locale)("mail.account.contactChange.phoneChangedSms", { tenant: tenant.name });
}
