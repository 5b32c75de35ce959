import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { AppLocale } from "../../i18n/locales";
import { currentHost } from "../../tenant/current-tenant";

/**
 * The tenant of the host the request arrived on (never a form field), the language the visitor
 * reads the page in (codes are sent in it) plus the client's address and agent for the audit log.
 * Null on hosts that are not a tenant's.
 */
export async function registrationRequest(): Promise<{
  tenantId: string;
  locale: AppLocale;
  ip: string | null;
  userAgent: string | null;
} | null> {
  const host = await currentHost();
  if (host.kind !== "tenant") return null;
  const h = await headers();
  return {
    tenantId: host.tenant.id,
    locale: await getLocale(),
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  };
}

export const WRONG_HOST = { ok: false as const, error: "onboarding.errors.linkInvalid" as const };
