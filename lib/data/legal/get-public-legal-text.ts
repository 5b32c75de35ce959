import "server-only";
import { db } from "../../db/client";
import { sanitizeRichText } from "../../tenant/rich-text/sanitize-rich-text";
import type { HostResolution } from "../../tenant/resolve-tenant";

export type PublicLegalTextKind = "imprint" | "privacy";

export type PublicLegalText = { tenantName: string; logoPath: string | null; html: string };

const COLUMN = { imprint: "imprintHtml", privacy: "privacyHtml" } as const;

/**
 * Imprint or privacy policy for /impressum and /datenschutz: public, no sign-in. The tenant comes only
 * from the resolved host (lib/tenant/current-tenant.ts) — never from a parameter a visitor controls —
 * so a page shows its own tenant's text and nobody else's; null on any other host. The stored HTML
 * was sanitised on save and is sanitised again here, so a row written by other means cannot inject
 * markup into a public page. html is "" when the tenant has not written the text yet.
 */
export async function getPublicLegalText(host: HostResolution, kind: PublicLegalTextKind): Promise<PublicLegalText | null> {
  if (host.kind !== "tenant") return null;
  const row = await db.tenant.findUnique({
    where: { id: host.tenant.id },
    select: { name: true, status: true, imprintHtml: true, privacyHtml: true },
  });
  if (!row || row.status !== "ACTIVE") return null;
  return { tenantName: row.name, logoPath: host.tenant.logoPath, html: sanitizeRichText(row[COLUMN[kind]] ?? "") };
}
