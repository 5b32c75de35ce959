import type { AppLocale } from "../../i18n/locales";
import { brandedHtml } from "./branded-html";
import { frameTexts, type FrameTexts } from "./frame-texts";
import type { MailBrand } from "./mail-brand";
import type { MailContent, RenderedMail } from "./mail-content";

/**
 * The one frame of every tenant e-mail: the content in the tenant's brand (logo or name, colours,
 * signature, imprint footer) as HTML and as plain text, in the recipient's language.
 */
export function renderBrandedMail(brand: MailBrand, locale: AppLocale, content: MailContent): RenderedMail {
  const frame = frameTexts(locale);
  // A subject is a header: no line break may start a second one.
  const subject = content.subject.replace(/[\r\n]+/g, " ").trim();
  return {
    subject,
    text: plainText(brand, content, frame),
    html: brandedHtml(brand, locale, { ...content, subject }, frame),
  };
}

/** Same content as the HTML: link on its own line (clients make it clickable), signature, imprint footer. */
function plainText(brand: MailBrand, content: MailContent, frame: FrameTexts): string {
  const blocks = [...content.paragraphs];
  if (content.code) blocks.push(content.code);
  if (content.button) blocks.push(`${content.button.label}:\n${content.button.href}`);
  if (content.footer) blocks.push(content.footer);
  const signature = content.signature !== false && brand.signatureText;
  blocks.push(signature || `— ${brand.tenantName}`);
  // "-- " is the signature delimiter: mail clients grey out what follows and leave it out of replies.
  const imprint = [brand.imprintText, `${frame.imprint}: ${brand.imprintUrl}`, `${frame.privacy}: ${brand.privacyUrl}`];
  blocks.push(["-- ", ...imprint.filter(Boolean)].join("\n"));
  return blocks.join("\n\n");
}
