import { describe, expect, it } from "vitest";
import { linkFromInput } from "@/lib/tenant/rich-text/link-from-input";
import { richTextToPlainText, sanitizeRichText } from "@/lib/tenant/rich-text/sanitize-rich-text";

const SAFE_REL = 'target="_blank" rel="noopener noreferrer"';

describe("rich text of imprint, privacy policy and signature: what the server stores", () => {
  it.each([
    ["a script", "<p>Hallo</p><script>alert(1)</script>"],
    ["a style sheet", "<style>p{display:none}</style><p>Hallo</p>"],
    ["an iframe", '<p>Hallo</p><iframe src="https://evil.example"></iframe>'],
    ["an object", '<object data="https://evil.example/x.swf"></object><p>Hallo</p>'],
    ["an inline SVG", '<svg onload="alert(1)"><circle r="5"></circle></svg><p>Hallo</p>'],
    ["an image", '<p>Hallo<img src="https://tracker.example/p.gif" onerror="alert(1)"></p>'],
  ])("removes %s and keeps the text around it", (_, html) => {
    expect(sanitizeRichText(html)).toBe("<p>Hallo</p>");
  });

  it("drops every event handler attribute", () => {
    const clean = sanitizeRichText('<p onclick="alert(1)">Text <strong onmouseover="alert(2)">fett</strong></p>');
    expect(clean).toBe("<p>Text <strong>fett</strong></p>");
  });

  it.each([
    ["javascript:", '<a href="javascript:alert(1)">Klick</a>'],
    ["mixed-case JaVaScRiPt:", '<a href="JaVaScRiPt:alert(1)">Klick</a>'],
    ["entity-encoded &#106;avascript:", '<a href="&#106;avascript:alert(1)">Klick</a>'],
    ["hex-entity java&#x0A;script: (newline inside)", '<a href="java&#x0A;script:alert(1)">Klick</a>'],
    ["javascript: after spaces and newlines", '<a href="  \n\t javascript:alert(1)">Klick</a>'],
    ["data:", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Klick</a>'],
    ["vbscript:", '<a href="vbscript:msgbox(1)">Klick</a>'],
    ["protocol-relative //evil", '<a href="//evil.example/phish">Klick</a>'],
    ["a relative path", '<a href="/broker/settings">Klick</a>'],
    ["no href at all", "<a>Klick</a>"],
    ["an empty href", '<a href="">Klick</a>'],
    ["an http scheme but no host", '<a href="https://">Klick</a>'],
  ])("turns a link with %s into its plain words", (_, link) => {
    expect(sanitizeRichText(`<p>Bitte ${link} hier</p>`)).toBe("<p>Bitte Klick hier</p>");
  });

  it("keeps a safe link intact right after a refused one", () => {
    const clean = sanitizeRichText('<p><a href="javascript:alert(1)">Böse</a> <a href="https://www.ihk.de">IHK</a></p>');
    expect(clean).toBe(`<p>Böse <a href="https://www.ihk.de" ${SAFE_REL}>IHK</a></p>`);
  });

  it("drops a link without words, which would be an invisible click target", () => {
    expect(sanitizeRichText('<p>Text<a href="https://evil.example"> </a></p>')).toBe("<p>Text </p>");
  });

  it("removes style, class and id attributes", () => {
    const clean = sanitizeRichText('<p style="color:red" class="MsoNormal" id="x"><em style="font-size:40px">Text</em></p>');
    expect(clean).toBe("<p><em>Text</em></p>");
  });

  it("opens safe links in a new tab without access to the portal window, whatever the editor sent", () => {
    const clean = sanitizeRichText(
      '<p><a href="https://www.ihk.de/register" target="_self" rel="opener" title="x" style="color:red">Register</a></p>',
    );
    expect(clean).toBe(`<p><a href="https://www.ihk.de/register" ${SAFE_REL}>Register</a></p>`);
  });

  it("keeps mailto and tel links", () => {
    const clean = sanitizeRichText('<p><a href="mailto:info@makler.de">E-Mail</a> <a href="tel:+49301234567">Anrufen</a></p>');
    expect(clean).toBe(
      `<p><a href="mailto:info@makler.de" ${SAFE_REL}>E-Mail</a> <a href="tel:+49301234567" ${SAFE_REL}>Anrufen</a></p>`,
    );
  });

  it("keeps the editor's formatting: paragraphs, bold, italic, lists, line breaks", () => {
    const html = "<p><strong>Muster</strong> <em>GmbH</em><br />Hauptstr. 1</p><ul><li>eins</li></ul><ol><li>zwei</li></ol>";
    expect(sanitizeRichText(html)).toBe(html);
  });

  it.each([["<p></p>"], ["<p><br></p>"], ["<p> &nbsp; </p><p></p>"], ["<ul><li></li></ul>"], [""], ['<img src="x">']])(
    "stores the empty editor output %j as an empty text",
    (html) => {
      expect(sanitizeRichText(html)).toBe("");
    },
  );
});

describe("plain-text part of an e-mail from rich text", () => {
  it("puts paragraphs, line breaks and list items on their own lines", () => {
    const html =
      "<p>Max Muster<br>Muster GmbH</p><p>Hauptstr. 1</p><ul><li>Kfz</li><li>Haftpflicht</li></ul><ol><li>a</li><li>b</li></ol>";
    expect(richTextToPlainText(html)).toBe("Max Muster\nMuster GmbH\nHauptstr. 1\n- Kfz\n- Haftpflicht\n1. a\n2. b");
  });

  it("reads the editor's list items (a paragraph inside each item) as one line per item", () => {
    const html =
      "<p>Sparten:</p><ul><li><p>Kfz</p></li><li><p>Haftpflicht</p><ol><li><p>privat</p></li></ol></li></ul><p>Ende</p>";
    expect(richTextToPlainText(html)).toBe("Sparten:\n- Kfz\n- Haftpflicht\n  1. privat\nEnde");
  });

  it("adds a link's address after its words only when they differ", () => {
    const html =
      '<p><a href="https://makler.de/impressum">Impressum</a> · <a href="https://www.makler.de">www.makler.de</a> · ' +
      '<a href="mailto:info@makler.de">info@makler.de</a> · <a href="tel:+4930123">Anrufen</a></p>';
    expect(richTextToPlainText(html)).toBe(
      "Impressum (https://makler.de/impressum) · www.makler.de · info@makler.de · Anrufen (+4930123)",
    );
  });

  it("decodes entities and never lets hidden script text or a dangerous address into the text", () => {
    const html = '<p>Max &amp; Moritz &lt;GmbH&gt;<script>alert("x")</script> <a href="javascript:alert(1)">Klick</a></p>';
    expect(richTextToPlainText(html)).toBe("Max & Moritz <GmbH> Klick");
  });

  it("collapses layout whitespace of pasted markup and keeps one blank line for an empty paragraph", () => {
    const html = "<p>\n  Erste   Zeile\n</p>\n<p></p><p></p><p></p>\n<p>Zweite</p>";
    expect(richTextToPlainText(html)).toBe("Erste Zeile\n\nZweite");
  });

  it("is empty for empty editor output and for no signature", () => {
    expect(richTextToPlainText("<p></p>")).toBe("");
    expect(richTextToPlainText(null)).toBe("");
  });
});

describe('address typed into the editor\'s "Link einfügen"', () => {
  it.each([
    ["https://www.ihk.de/register", "https://www.ihk.de/register"],
    ["www.vermittlerregister.info", "https://www.vermittlerregister.info"],
    ["makler-muster.de/impressum", "https://makler-muster.de/impressum"],
    ["mailto:info@makler.de", "mailto:info@makler.de"],
    ["info@makler.de", "mailto:info@makler.de"],
    ["tel:+4930123456", "tel:+4930123456"],
    ["+49 (30) 123 456", "tel:+4930123456"],
  ])("links %j as %j", (typed, href) => {
    expect(linkFromInput(typed)).toBe(href);
  });

  it.each([["javascript:alert(1)"], ["//evil.example"], ["data:text/html,x"], ["Impressum"], [""]])("refuses %j", (typed) => {
    expect(linkFromInput(typed)).toBeNull();
  });
});
