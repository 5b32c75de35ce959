import { LANGUAGE_COOKIE } from "../i18n/locales";
import { translatorFor } from "../i18n/translator-for";
import { escapeHtml } from "../mail/branded/escape-html";

/**
 * What a suspended tenant's addresses show instead of the portal: 503, no brand of the broker or
 * the platform, no tenant data (none is loaded). German unless the visitor chose English.
 */
export function suspendedPage(cookieValue: (name: string) => string | undefined): Response {
  const lang = cookieValue(LANGUAGE_COOKIE) === "en" ? "en" : "de";
  const t = translatorFor(lang === "en" ? "en-GB" : "de-DE");
  const title = escapeHtml(t("platform.suspended.title"));
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${title}</title></head>` +
    '<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937">' +
    `<h1 style="font-size:1.5rem">${title}</h1><p>${escapeHtml(t("platform.suspended.text"))}</p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
