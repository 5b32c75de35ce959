import "server-only";
import { headers } from "next/headers";
import { currentHost } from "../../tenant/current-tenant";

/**
 * The tenant of the host the request arrived on (never a form field) plus the client's address and
 * agent for the audit log. Null on hosts that are not a tenant's.
 */
export async function registrationRequest(): Promise<{ tenantId: string; ip: string | null; userAgent: string | null } | null> {
  const host = await currentHost();
  if (host.kind !== "tenant") return null;
  const h = await headers();
  return {
    tenantId: host.tenant.id,
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
    userAgent: h.get("user-agent"),
  };
}

export const WRONG_HOST = { ok: false as const, error: "Dieser Einladungslink ist ungültig." };
