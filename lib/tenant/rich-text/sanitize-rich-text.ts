import sanitizeHtml from "sanitize-html";
import { safeLinkTarget } from "./safe-link-target";
import { hasReadableText, textOfSanitised } from "./rich-text-plain-text";

// Imprint, privacy policy and e-mail signature are rich text from the settings editor (security.md
// 21: sanitised on the server). Only the formatting the editor offers survives; links keep http(s),
// mailto and tel targets only and always open in a new tab without access to the portal's window.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a", "h2", "h3", "blockquote"],
  allowedAttributes: { a: ["href", "target", "rel"] },
  // Second line of defence: safeLinkTarget below already refused every other scheme.
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = safeLinkTarget(attribs.href);
      return { tagName, attribs: href ? { href, target: "_blank", rel: "noopener noreferrer" } : {} };
    },
  },
  // A link whose target was unusable or dangerous keeps its words but stops being a link (no <a>
  // without href); an empty link (invisible, but clickable space) goes too. Done here and not by
  // renaming the tag in transformTags: sanitize-html 2.18 carries a renamed, discarded tag's name
  // over to the closing tag of the next sibling at the same depth.
  exclusiveFilter: (frame) => (frame.tag === "a" && (!frame.attribs.href || !frame.text.trim()) ? "excludeTag" : false),
};

/** The stored form of a rich text: only allow-listed tags and safe links; "" when nothing readable is left. */
export function sanitizeRichText(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS).trim();
  // The editor's empty state is "<p></p>"; a text of nothing but empty blocks counts as no text at all.
  return hasReadableText(clean) ? clean : "";
}

/**
 * The plain-text part of an e-mail (signature, imprint footer): paragraphs, line breaks and list
 * items on their own lines, a link's address after its words when they differ. Sanitised first, so
 * nothing of a hidden element (script, style) ever reaches the text.
 */
export function richTextToPlainText(html: string | null | undefined): string {
  const safe = html ? sanitizeRichText(html) : "";
  return safe ? textOfSanitised(safe) : "";
}
