import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentHost } from "../tenant/current-tenant";
import { isLanguage, LANGUAGE_COOKIE, localeFor, localeFromDb } from "./locales";
import { messagesFor } from "./messages/messages-for";
import { timeZoneFor } from "./time-zone";

/**
 * Locale per request, without locale segments in the URL (links in e-mails stay the same in every
 * language): the visitor's choice from the language switcher, else the tenant's locale.
 */
export default getRequestConfig(async () => {
  const host = await currentHost();
  const tenantLocale = host.kind === "tenant" ? localeFromDb(host.tenant.locale) : localeFromDb(null);
  const chosen = (await cookies()).get(LANGUAGE_COOKIE)?.value;
  const locale = localeFor(isLanguage(chosen) ? chosen : null, tenantLocale);
  return { locale, messages: messagesFor(locale), timeZone: timeZoneFor(locale) };
});
