import type { AppLocale } from "../../i18n/locales";
import { escapeHtml as e } from "./escape-html";
import type { FrameTexts } from "./frame-texts";
import { readableOn } from "../../tenant/contrast";
import { DEFAULT_PRIMARY, DEFAULT_TEXT, readableOnWhite, safeHex } from "./mail-colors";
import type { MailBrand } from "./mail-brand";
import type { MailContent } from "./mail-content";
import { sanitizeRichText } from "../../tenant/rich-text/sanitize-rich-text";

// Mail clients ignore <style> blocks and modern layout: tables, inline styles and a 600 px column are
// what Outlook, Gmail and Apple Mail all render the same way.
const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const MUTED = "#475569";
const PAGE = "#f1f5f9";
const TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"';

/** http(s) links only; the preview's logo may also be a same-origin path. Anything else is dropped. */
function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\/[^\s"'<>]+$/i.test(url) || /^\/(?!\/)[^\s"'<>]*$/.test(url) ? url : null;
}

export function brandedHtml(brand: MailBrand, locale: AppLocale, content: MailContent, frame: FrameTexts): string {
  const primary = safeHex(brand.primaryColor, DEFAULT_PRIMARY);
  const text = readableOnWhite(safeHex(brand.textColor, DEFAULT_TEXT));
  const onPrimary = readableOn(primary, text);
  const link = readableOnWhite(primary, text);
  const logo = safeUrl(brand.logoUrl);

  const header = logo
    ? `<td style="padding:20px 32px;background:#ffffff;border-bottom:4px solid ${primary}"><img src="${e(logo)}" alt="${e(brand.tenantName)}" height="48" style="display:block;height:48px;width:auto;max-width:240px;border:0"></td>`
    : `<td style="padding:20px 32px;background:${primary};color:${onPrimary};font-size:20px;font-weight:600;line-height:1.3">${e(brand.tenantName)}</td>`;

  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;color:${text}">${lines(p)}</p>`)
    .join("");
  const code = content.code
    ? `<p style="margin:24px 0;font-size:32px;font-weight:700;letter-spacing:8px;font-family:Menlo,Consolas,monospace;color:${text}">${e(content.code)}</p>`
    : "";
  const href = safeUrl(content.button?.href);
  const button =
    content.button && href
      ? `<table ${TABLE} style="margin:24px 0 16px"><tr><td style="border-radius:8px;background:${primary}">` +
        `<a href="${e(href)}" target="_blank" style="display:inline-block;padding:12px 24px;border-radius:8px;background:${primary};color:${onPrimary};font-size:16px;font-weight:600;text-decoration:none">${e(content.button.label)}</a></td></tr></table>` +
        `<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:${MUTED}">${e(frame.linkFallback)}<br><a href="${e(href)}" target="_blank" style="color:${link};word-break:break-all">${e(href)}</a></p>`
      : "";
  const footer = content.footer
    ? `<p style="margin:24px 0 0;font-size:13px;line-height:1.5;color:${MUTED}">${lines(content.footer)}</p>`
    : "";
  // Sanitised here too: the frame never trusts that whoever built the brand did it.
  const signatureHtml = content.signature !== false ? sanitizeRichText(brand.signatureHtml) : "";
  const signature = signatureHtml
    ? `<div style="margin:24px 0 0;padding-top:16px;border-top:1px solid #e2e8f0;font-size:14px;line-height:1.5;color:${text}">${signatureHtml}</div>`
    : "";

  const imprintLinks = [
    safeUrl(brand.imprintUrl) &&
      `<a href="${e(brand.imprintUrl)}" target="_blank" style="color:${MUTED};text-decoration:underline">${e(frame.imprint)}</a>`,
    safeUrl(brand.privacyUrl) &&
      `<a href="${e(brand.privacyUrl)}" target="_blank" style="color:${MUTED};text-decoration:underline">${e(frame.privacy)}</a>`,
  ].filter(Boolean);
  const imprint = (brand.imprintText ? `${e(brand.imprintText)}<br>` : "") + imprintLinks.join(" &middot; ");
  const preheader = content.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;opacity:0">${e(content.preheader)}</div>`
    : "";

  return (
    `<!doctype html><html lang="${e(locale)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light">` +
    `<title>${e(content.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:${PAGE};${FONT}">${preheader}` +
    `<table ${TABLE} width="100%" style="background:${PAGE}"><tr><td align="center" style="padding:24px 12px">` +
    `<table ${TABLE} width="600" style="width:100%;max-width:600px;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;overflow:hidden;${FONT}">` +
    `<tr>${header}</tr>` +
    `<tr><td style="padding:32px">${paragraphs}${code}${button}${footer}${signature}</td></tr></table>` +
    `<table ${TABLE} width="600" style="width:100%;max-width:600px"><tr><td style="padding:16px 32px;font-size:12px;line-height:1.5;color:${MUTED};text-align:center;${FONT}">${imprint}</td></tr></table>` +
    `</td></tr></table></body></html>`
  );
}

/** Escaped text with its line breaks kept. */
function lines(value: string): string {
  return e(value).replace(/\r?\n/g, "<br>");
}
