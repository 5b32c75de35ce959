import { describe, expect, it } from "vitest";
import { mailBrandFrom, type MailBrandRow } from "@/lib/mail/branded/mail-brand";
import type { MailContent } from "@/lib/mail/branded/mail-content";
import { renderBrandedMail } from "@/lib/mail/branded/render-branded-mail";

const BASE = "https://portal.muster.example";
const ROW: MailBrandRow = {
  name: "Muster Makler",
  emailSenderName: null,
  primaryColor: "#0f766e",
  textColor: "#111827",
  logoKey: null,
  imprintHtml: "<p>Muster Makler GmbH<br>Hauptstr. 1, 20095 Hamburg</p>",
  emailSignatureHtml: "<p>Beste Grüße<br>Ihr <strong>Muster</strong>-Team</p>",
};
const CONTENT: MailContent = {
  subject: "Neues Dokument – Muster Makler",
  paragraphs: ["Guten Tag,", "in Ihrem Portal gibt es Neuigkeiten."],
  button: { href: `${BASE}/portal/documents`, label: "Im Portal ansehen" },
};
const render = (row: Partial<MailBrandRow> = {}, content: Partial<MailContent> = {}, locale: "de-DE" | "en-GB" = "de-DE") =>
  renderBrandedMail(mailBrandFrom({ ...ROW, ...row }, BASE), locale, { ...CONTENT, ...content });

describe("branded e-mail frame", () => {
  it("escapes a tenant name and paragraphs that contain markup", () => {
    const mail = render(
      { name: 'Evil <img src=x onerror="alert(1)"> & Co' },
      { paragraphs: ['<a href="https://phish.example">hier</a>'] },
    );
    expect(mail.html).not.toContain("<img src=x");
    expect(mail.html).not.toContain('<a href="https://phish.example"');
    expect(mail.html).toContain("Evil &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co");
    expect(mail.html).toContain("&lt;a href=&quot;https://phish.example&quot;&gt;hier&lt;/a&gt;");
  });

  it("uses the tenant's primary colour for header and button, and a safe default for an invalid one", () => {
    expect(render().html).toContain("background:#0f766e");
    const broken = render({ primaryColor: 'red;background:url("https://x.example/t.gif")' }).html;
    expect(broken).not.toContain("x.example");
    expect(broken).toContain("background:#1d4ed8");
  });

  it("writes dark text on a light yellow button instead of unreadable white", () => {
    const html = render({ primaryColor: "#fff3a0" }).html;
    expect(html).toMatch(/background:#fff3a0;color:#111827/);
    expect(render().html).toMatch(/background:#0f766e;color:#ffffff/);
  });

  it("shows the logo with the tenant's name as alt text only when a logo is uploaded", () => {
    expect(render().html).not.toContain("<img");
    const html = render({ logoKey: "tenants/x/logo.png" }).html;
    expect(html).toMatch(new RegExp(`<img src="${BASE}/branding/logo\\?v=[0-9a-f]{12}" alt="Muster Makler"`));
  });

  it("closes with the signature as sanitised HTML; script, event handlers and javascript: links never reach the mail", () => {
    const mail = render({
      emailSignatureHtml:
        '<p>Ihr Team</p><script>alert("x")</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">klick</a><p onclick="alert(4)">Tel. 040 123</p>',
    });
    expect(mail.html).toContain("<p>Ihr Team</p>");
    expect(mail.text).toContain("Ihr Team\n");
    for (const part of [mail.html, mail.text]) {
      expect(part).not.toMatch(/alert|<script|onerror|onclick|javascript:/i);
    }
  });

  it("leaves the signature out of staff-internal mails", () => {
    const mail = render({}, { signature: false });
    expect(mail.html).not.toContain("Muster</strong>-Team");
    expect(mail.text).not.toContain("Muster-Team");
  });

  it("puts the imprint footer with links to the legal pages into both parts", () => {
    const mail = render();
    expect(mail.html).toContain("Muster Makler GmbH · Hauptstr. 1, 20095 Hamburg");
    expect(mail.html).toContain(`<a href="${BASE}/impressum"`);
    expect(mail.html).toContain(`<a href="${BASE}/datenschutz"`);
    expect(mail.text).toContain(
      `-- \nMuster Makler GmbH · Hauptstr. 1, 20095 Hamburg\nImpressum: ${BASE}/impressum\nDatenschutz: ${BASE}/datenschutz`,
    );
  });

  it("gives the plain-text part the button's link on its own line", () => {
    expect(render().text).toContain(`\n\nIm Portal ansehen:\n${BASE}/portal/documents\n\n`);
  });

  it("writes the frame in English for English recipients", () => {
    const mail = render({}, {}, "en-GB");
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain(">Imprint</a>");
    expect(mail.html).toContain("If the button does not work");
    expect(mail.text).toContain(`Privacy policy: ${BASE}/datenschutz`);
    expect(mail.text).not.toContain("Impressum:");
  });
});
