import { LinkifyIt } from "linkify-it";
import type { ReactNode } from "react";

// Only these schemes become links; "javascript:", "data:", "ftp:", protocol-relative "//host" and
// anything else stay plain text. linkify-it finds the candidates, the URL check below decides.
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
const linkify = new LinkifyIt().add("ftp:", null).add("//", null);

function safeHref(url: string): string | null {
  try {
    return SAFE_PROTOCOLS.has(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * A message as it was typed: plain text, escaped by React (never HTML), line breaks kept, and web
 * and mail addresses made clickable. Links open in a new tab without handing over the portal
 * window (noopener) or the address of the conversation (noreferrer).
 */
export function MessageText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of linkify.match(text) ?? []) {
    const href = safeHref(match.url);
    if (!href) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={href} rel="noopener noreferrer nofollow" target="_blank" className="break-all underline">
        {match.text}
      </a>,
    );
    last = match.lastIndex;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <p className="break-words whitespace-pre-wrap">{parts}</p>;
}
