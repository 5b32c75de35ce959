import "server-only";
import { db } from "../../db/client";
import { localeFor, localeToDb, localeFromDb, type Language } from "../../i18n/locales";
import type { RequestContext } from "../context/types";

/**
 * Remembers the signed-in user's language so e-mails (invitation reminders, codes, notices) reach
 * them in it too. German keeps the tenant's variant (de-CH for Swiss brokers).
 */
export async function setOwnLanguage(ctx: RequestContext, language: Language): Promise<void> {
  const locale = localeFor(language, localeFromDb(ctx.tenant.locale));
  await db.user.update({
    where: { id: ctx.actor.id, tenantId: ctx.tenant.id },
    data: { locale: localeToDb(locale) },
  });
}
