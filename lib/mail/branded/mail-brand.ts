import type { Prisma, PrismaClient } from "../../db/generated/client";
import { brandingAssetPath } from "../../tenant/branding-asset-path";
import { richTextToPlainText, sanitizeRichText } from "../../tenant/rich-text/sanitize-rich-text";
import { tenantBaseUrl } from "../../tenant/tenant-base-url";

/** Everything the branded frame needs of a tenant; built once per e-mail (or once per batch). */
export type MailBrand = {
  tenantName: string;
  /** Display name in the From header: Tenant.emailSenderName, else the tenant's name. */
  senderName: string;
  primaryColor: string;
  textColor: string;
  /** The verified primary domain, else the tenant's subdomain (lib/tenant/tenant-base-url.ts). */
  baseUrl: string;
  /** Absolute logo address on the tenant's own host (mail clients load it from there), null without a logo. */
  logoUrl: string | null;
  /** The same logo as a same-origin path: the settings preview shows it under the page's CSP (img-src 'self'). */
  logoPath: string | null;
  imprintUrl: string;
  privacyUrl: string;
  /** The stored signature, sanitised again (allow-list, safe links only); "" when there is none. */
  signatureHtml: string;
  signatureText: string;
  /** The imprint as one short line of plain text for the footer; "" when there is none. */
  imprintText: string;
};

type Client = Prisma.TransactionClient | PrismaClient;

/** The imprint in a mail footer is a summary: the full text is one click away (imprintUrl). */
const IMPRINT_FOOTER_MAX = 300;

export type MailBrandRow = {
  name: string;
  emailSenderName: string | null;
  primaryColor: string;
  textColor: string;
  logoKey: string | null;
  imprintHtml: string | null;
  emailSignatureHtml: string | null;
};

/** Loads the brand in the caller's transaction: one query for the tenant plus the primary-domain lookup. */
export async function loadMailBrand(client: Client, tenantId: string): Promise<MailBrand> {
  const tenant = await client.tenant.findUniqueOrThrow({
    where: { id: tenantId },
    select: {
      id: true,
      slug: true,
      name: true,
      emailSenderName: true,
      primaryColor: true,
      textColor: true,
      logoKey: true,
      imprintHtml: true,
      emailSignatureHtml: true,
    },
  });
  return mailBrandFrom(tenant, await tenantBaseUrl(tenant, client));
}

/** The brand of a tenant row on its base URL (pure; loadMailBrand reads both). */
export function mailBrandFrom(tenant: MailBrandRow, baseUrl: string): MailBrand {
  const logoPath = brandingAssetPath("logo", tenant.logoKey);
  const signatureHtml = sanitizeRichText(tenant.emailSignatureHtml ?? "");
  return {
    tenantName: tenant.name,
    senderName: tenant.emailSenderName?.trim() || tenant.name,
    primaryColor: tenant.primaryColor,
    textColor: tenant.textColor,
    baseUrl,
    logoUrl: logoPath ? `${baseUrl}${logoPath}` : null,
    logoPath,
    imprintUrl: `${baseUrl}/impressum`,
    privacyUrl: `${baseUrl}/datenschutz`,
    signatureHtml,
    signatureText: richTextToPlainText(signatureHtml),
    imprintText: shortImprint(richTextToPlainText(tenant.imprintHtml)),
  };
}

/** "Muster GmbH · Hauptstr. 1 · 20095 Hamburg · …", cut at a word boundary. */
function shortImprint(text: string): string {
  const line = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" · ");
  if (line.length <= IMPRINT_FOOTER_MAX) return line;
  const cut = line.slice(0, IMPRINT_FOOTER_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), IMPRINT_FOOTER_MAX / 2)).replace(/[\s·]+$/, "")} …`;
}
