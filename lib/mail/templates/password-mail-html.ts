import type { AppLocale } from "../../i18n/locales";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML bodies and attributes (tenant names are broker-controlled input). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Minimal branded shell shared by the account e-mails; paragraphs are plain text, escaped here. */
export function passwordMailHtml(input: {
  locale: AppLocale;
  tenantName: string;
  paragraphs: string[];
  button?: { href: string; label: string };
}): string {
  const body = input.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const button = input.button
    ? `<p style="margin:24px 0"><a href="${escapeHtml(input.button.href)}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(input.button.label)}</a></p>`
    : "";
  return `<!doctype html><html lang="${input.locale}"><body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,sans-serif;color:#0f172a"><div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px"><h1 style="font-size:18px;margin:0 0 16px">${escapeHtml(input.tenantName)}</h1>${body}${button}</div></body></html>`;
}
