import type { AppLocale } from "../../i18n/locales";

// Minimal branded HTML frame for the invitation and registration-code mails. Every value is
// escaped; the colour is validated so nothing can break out of the style attribute.
const HEX = /^#[0-9a-fA-F]{6}$/;

export function escapeMailHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export type BrandedMail = {
  /** The language the texts are in (the html lang attribute, for screen readers and translators). */
  locale: AppLocale;
  tenantName: string;
  primaryColor: string;
  paragraphs: string[];
  button?: { href: string; label: string };
  /** Shown large and spaced (one-time codes). */
  code?: string;
  footer?: string;
};

export function invitationBrandedHtml(mail: BrandedMail): string {
  const colour = HEX.test(mail.primaryColor) ? mail.primaryColor : "#1d4ed8";
  const paragraphs = mail.paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${escapeMailHtml(p)}</p>`).join("");
  const code = mail.code
    ? `<p style="margin:24px 0;font-size:32px;font-weight:700;letter-spacing:8px;font-family:ui-monospace,monospace">${escapeMailHtml(mail.code)}</p>`
    : "";
  const button = mail.button
    ? `<p style="margin:24px 0"><a href="${escapeMailHtml(mail.button.href)}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:${colour};color:#ffffff;text-decoration:none;font-weight:600">${escapeMailHtml(mail.button.label)}</a></p>`
    : "";
  const footer = mail.footer ? `<p style="margin:24px 0 0;font-size:12px;color:#64748b">${escapeMailHtml(mail.footer)}</p>` : "";
  return (
    `<!doctype html><html lang="${mail.locale}"><body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,sans-serif;color:#0f172a">` +
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;overflow:hidden">` +
    `<div style="background:${colour};color:#ffffff;padding:16px 24px;font-size:18px;font-weight:600">${escapeMailHtml(mail.tenantName)}</div>` +
    `<div style="padding:24px">${paragraphs}${code}${button}${footer}</div></div></body></html>`
  );
}
