import { createTranslator } from "next-intl";
import type { AppLocale } from "./locales";
import { messagesFor } from "./messages/messages-for";
import { timeZoneFor } from "./time-zone";

/**
 * A translator outside a request (e-mail templates, the outbox worker, tests). Inside pages and
 * actions use next-intl's getTranslations/useTranslations, which pick the request's locale.
 */
export function translatorFor(locale: AppLocale) {
  return createTranslator({ locale, messages: messagesFor(locale), timeZone: timeZoneFor(locale) });
}

export type Translator = ReturnType<typeof translatorFor>;
