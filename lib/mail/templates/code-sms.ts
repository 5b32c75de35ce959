import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";

/** SMS text for the phone confirmation code: short, code first (phones show it in the preview). */
export function registrationCodeSms(input: { locale: AppLocale; tenantName: string; code: string }): string {
  return translatorFor(input.locale)("mail.sms.code", { code: input.code, tenant: input.tenantName });
}
