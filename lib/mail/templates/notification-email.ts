import type { AppLocale } from "../../i18n/locales";
import { translatorFor } from "../../i18n/translator-for";
import { escapeMailHtml, invitationBrandedHtml } from "./invitation-branded-html";

/** How the branded frame ends; the signature block goes right before it. */
const FRAME_END = "</div></div></body></html>";

/**
 * "There is news in your portal": brand, a neutral headline and a link — never the content itself
 * (security.md: no confidential data in e-mails). The headline is a generic catalogue text such as
 * "Neues Dokument in Ihrem Ordner", never a document title or message text. `signature` (plain text,
 * see lib/notifications/signature-text.ts) closes the mail instead of the tenant's name, e.g. under
 * a staff reply; it is the office's signature, never anything the customer or the staff member wrote.
 */
export function notificationEmail(input: {
  locale: AppLocale;
  tenantName: string;
  primaryColor: string;
  headline: string;
  url: string;
  preferencesUrl: string;
  signature?: string | null;
}): { subject: string; text: string; html: string } {
  const t = translatorFor(input.locale);
  const paragraphs = [
    t("mail.notification.greeting"),
    t("mail.notification.intro", { tenant: input.tenantName }),
    input.headline,
  ];
  const footer = t("mail.notification.footer", { url: input.preferencesUrl });
  const signature = input.signature?.trim() || null;
  const html = invitationBrandedHtml({
    locale: input.locale,
    tenantName: input.tenantName,
    primaryColor: input.primaryColor,
    paragraphs,
    button: { href: input.url, label: t("mail.notification.button") },
    footer,
  });
  return {
    subject: t("mail.notification.subject", { tenant: input.tenantName, headline: input.headline }),
    text: [...paragraphs, `${t("mail.notification.button")}: ${input.url}`, footer, signature ?? `— ${input.tenantName}`].join(
      "\n\n",
    ),
    html: signature ? withSignature(html, signature) : html,
  };
}

function withSignature(html: string, signature: string): string {
  if (!html.endsWith(FRAME_END)) throw new Error("unexpected mail frame");
  const block = `<p style="margin:24px 0 0;line-height:1.5;white-space:pre-line">${escapeMailHtml(signature)}</p>`;
  return html.slice(0, -FRAME_END.length) + block + FRAME_END;
}
