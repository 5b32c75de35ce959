// The tenant's e-mail signature is stored as HTML (settings editor). Notification e-mails only ever
// carry it as plain text: tags are dropped, so no markup, image or tracking link of the stored HTML
// reaches a mail; the HTML part escapes the result again.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** Plain text of a stored signature (line breaks kept), or null when nothing readable is left. */
export function signatureText(html: string | null | undefined): string | null {
  if (!html) return null;
  const text = html
    // what is inside these is never text for the reader
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    // block ends and <br> become line breaks, every other tag disappears
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6])\s*>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    // a "<" that opened no tag (e.g. "a < b") is left; a dangling "<tag" without ">" is cut off
    .replace(/<[a-zA-Z/!][^>]*$/g, "")
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return text || null;
}
