import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText } from "@/components/tickets/message-text";

const render = (text: string) => renderToStaticMarkup(createElement(MessageText, { text }));

describe("message text", () => {
  it("shows a script tag as text, never as markup", () => {
    const html = render("Hallo <script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script");
  });

  it("shows an image tag with an event handler as text", () => {
    const html = render("<img src=x onerror=alert(1)>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img");
  });

  it("does not turn javascript:, data: or protocol-relative addresses into links", () => {
    for (const text of [
      "javascript:alert(1)",
      "klick javascript:alert(document.cookie)",
      "data:text/html,<b>x</b>",
      "//evil.example",
    ]) {
      expect(render(text)).not.toContain("<a");
    }
  });

  it("makes a web address a safe link that opens in a new tab", () => {
    const html = render("Siehe https://example.com/x?a=1&b=2 bitte.");
    expect(html).toContain(
      '<a href="https://example.com/x?a=1&amp;b=2" rel="noopener noreferrer nofollow" target="_blank" class="break-all underline">https://example.com/x?a=1&amp;b=2</a>',
    );
    expect(html).toContain("Siehe ");
    expect(html).toContain(" bitte.");
  });

  it("links mail addresses with mailto: and leaves ftp addresses as text", () => {
    const html = render("Schreiben Sie an info@makler.de oder ftp://files.example.com");
    expect(html).toContain('href="mailto:info@makler.de"');
    expect(html).not.toContain('href="ftp:');
  });

  it("keeps line breaks as they were typed", () => {
    const html = render("Zeile eins\nZeile zwei\n\nAbsatz");
    expect(html).toContain("Zeile eins\nZeile zwei\n\nAbsatz");
    expect(html).toContain("whitespace-pre-wrap");
  });

  it("keeps a quote trying to break out of the link attribute inside the address", () => {
    const html = render('https://example.com/"onmouseover="alert(1)');
    expect(html).toContain('href="https://example.com/&quot;onmouseover=&quot;alert(1)"');
    expect(html).not.toMatch(/<a [^>]*\sonmouseover=/);
  });
});
