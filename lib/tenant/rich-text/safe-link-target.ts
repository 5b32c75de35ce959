// What a browser does to an href before it looks at the scheme (WHATWG URL parsing): C0 controls and
// spaces at either end are dropped and tabs/newlines anywhere are removed — so "\n java\tscript:" is a
// javascript: link. The check below looks at exactly that string, never at the raw attribute.
const EDGE_JUNK = /^[\p{Cc} ]+|[\p{Cc} ]+$/gu;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

const MAILTO_OR_TEL = /^(mailto|tel):[^\s\p{Cc}]/iu;

/**
 * The href a stored rich-text link may carry, or null: absolute http(s) with a host name, mailto: or
 * tel: with an address. Everything else — javascript:, data:, vbscript:, protocol-relative "//host",
 * relative paths (they would point into the portal or nowhere in an e-mail) — is refused.
 * Entities are already decoded by the HTML parser ("&#106;avascript:" arrives as "javascript:").
 */
export function safeLinkTarget(raw: string | undefined): string | null {
  if (!raw) return null;
  const href = raw.replace(EDGE_JUNK, "").replace(TAB_OR_NEWLINE, "");
  if (MAILTO_OR_TEL.test(href)) return href;
  if (!/^https?:/i.test(href)) return null;
  try {
    const url = new URL(href);
    // Kept as written (no "/" appended): the URL parser only confirms it is absolute with a host.
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? href : null;
  } catch {
    return null;
  }
}
