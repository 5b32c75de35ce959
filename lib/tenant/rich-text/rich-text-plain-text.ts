import sanitizeHtml from "sanitize-html";

const BLOCKS = new Set(["p", "h2", "h3", "blockquote", "li", "ul", "ol"]);

// sanitize-html hands text to textFilter HTML-escaped (only &, < and > are escaped there).
const unescapeText = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

// "www.example.de" and "https://www.example.de/" name the same target; the address is not repeated.
const comparable = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/^(https?:\/\/|mailto:|tel:)/, "")
    .replace(/\/$/, "");
const shownAddress = (href: string) => href.replace(/^(mailto|tel):/i, "");

/** False for "<p></p>", "<p><br /></p>", an empty list, spaces: markup with no word in it. */
export function hasReadableText(safeHtml: string): boolean {
  return sanitizeHtml(safeHtml, { allowedTags: [], allowedAttributes: {} }).trim() !== "";
}

/**
 * Plain text of markup that sanitizeRichText already cleaned (only allow-listed tags, safe hrefs).
 * sanitize-html parses it once more with no tag allowed; its tag hooks mark where lines end.
 */
export function textOfSanitised(safeHtml: string): string {
  let out = "";
  // true right after a line break or a list marker: the next block needs no break of its own
  let lineStart = true;
  const lists: { ordered: boolean; count: number }[] = [];
  const links: { href: string; start: number }[] = [];
  const blockStarts: number[] = [];
  const write = (text: string, endsLine: boolean) => {
    out += text;
    lineStart = endsLine;
  };
  const newLine = () => {
    if (!lineStart) write("\n", true);
  };

  sanitizeHtml(safeHtml, {
    allowedTags: [],
    allowedAttributes: {},
    disallowedTagsMode: "discard",
    onOpenTag: (name, attribs) => {
      if (name === "br") write("\n", true);
      if (name === "a") links.push({ href: attribs.href ?? "", start: out.length });
      if (!BLOCKS.has(name)) return;
      newLine();
      blockStarts.push(out.length);
      if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol", count: 0 });
      const list = lists.at(-1);
      if (name === "li" && list) {
        list.count += 1;
        write(`${"  ".repeat(lists.length - 1)}${list.ordered ? `${list.count}.` : "-"} `, true);
      }
    },
    onCloseTag: (name) => {
      if (name === "a") {
        const link = links.pop();
        const words = link ? out.slice(link.start) : "";
        if (link?.href && comparable(words) !== comparable(link.href)) {
          write(` (${shownAddress(link.href)})`, false);
        }
      }
      if (!BLOCKS.has(name)) return;
      if (name === "ul" || name === "ol") lists.pop();
      // An empty paragraph is the blank line the author typed; any other block just ends its line.
      if (blockStarts.pop() === out.length && name === "p") write("\n", true);
      else newLine();
    },
    // Whitespace in the source is layout, not content: only the tags above break lines.
    textFilter: (text) => {
      const collapsed = unescapeText(text).replace(/[\s\u00a0]+/g, " ");
      const words = lineStart || out.endsWith(" ") ? collapsed.trimStart() : collapsed;
      if (words) write(words, false);
      return "";
    },
  });

  return out
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
