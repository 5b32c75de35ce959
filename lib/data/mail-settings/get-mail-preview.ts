import "server-only";
import { db } from "../../db/client";
import { serverEnv } from "../../env";
import { localeFor, localeFromDb, type Language } from "../../i18n/locales";
import { loadMailBrand } from "../../mail/branded/mail-brand";
import { renderBrandedMail } from "../../mail/branded/render-branded-mail";
import { senderAddress } from "../../mail/branded/sender-address";
import { mailPreviewInput, type MailPreviewTemplate } from "../../validation/mail-settings";
import type { RequestContext } from "../context/types";
import { requireSettingsAdmin } from "../settings/require-settings-admin";
import { previewContent } from "./mail-preview-samples";

export type MailPreview = {
  template: MailPreviewTemplate;
  language: Language;
  subject: string;
  from: string;
  html: string;
  text: string;
};

export type MailPreviewResult = { ok: true; preview: MailPreview } | { ok: false; error: "mailPreview.errors.unknownTemplate" };

/**
 * One e-mail as the tenant's recipients would get it — the real brand, sender and frame, sample data
 * (owner/admin only). The logo is the same-origin path, so the settings page's CSP (img-src 'self')
 * lets the preview show it; sent mails carry the absolute address on the tenant's host.
 */
export async function getMailPreview(ctx: RequestContext | null, input: unknown): Promise<MailPreviewResult> {
  requireSettingsAdmin(ctx);
  const parsed = mailPreviewInput.safeParse(input);
  if (!parsed.success) return { ok: false, error: "mailPreview.errors.unknownTemplate" };
  const { template, language } = parsed.data;
  const brand = await loadMailBrand(db, ctx.tenant.id);
  // German in the tenant's own variant (de-CH for a Swiss broker), as the recipients would get it.
  const locale = localeFor(language, localeFromDb(ctx.tenant.locale));
  const content = previewContent(template, { locale, tenantName: brand.tenantName, baseUrl: brand.baseUrl });
  const mail = renderBrandedMail({ ...brand, logoUrl: brand.logoPath }, locale, content);
  return {
    ok: true,
    preview: { template, language, ...mail, from: senderAddress(brand.senderName, serverEnv().MAIL_FROM) },
  };
}
