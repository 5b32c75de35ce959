import { describe, expect, it } from "vitest";
import type { AppLocale } from "@/lib/i18n/locales";
import { mailBrandFrom } from "@/lib/mail/branded/mail-brand";
import { renderBrandedMail } from "@/lib/mail/branded/render-branded-mail";
import { invitationEmail } from "@/lib/mail/templates/invitation-email";

const LINK = "https://muster.example/register/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const brand = mailBrandFrom(
  {
    name: "Muster Makler",
    emailSenderName: null,
    primaryColor: "#1d4ed8",
    textColor: "#0f172a",
    logoKey: null,
    imprintHtml: null,
    emailSignatureHtml: null,
  },
  "https://muster.example",
);
const input = {
  tenantName: "Muster Makler",
  recipientName: "Sophie Wagner",
  link: LINK,
  expiresAt: new Date("2026-05-05T12:30:00Z"),
};
const invitation = (locale: AppLocale) => renderBrandedMail(brand, locale, invitationEmail({ ...input, locale }));

describe("invitation e-mail", () => {
  it("is written in English for an English recipient, with the same link", () => {
    const mail = invitation("en-GB");
    expect(mail.subject).toBe("Your invitation to the customer portal of Muster Makler");
    expect(mail.text).toContain("Hello Sophie Wagner,");
    expect(mail.text).toContain("The link is valid until 5 May 2026 at 14:30 and can only be used once.");
    expect(mail.text).toContain(`Start registration:\n${LINK}\n`);
    expect(mail.text).not.toMatch(/Guten Tag|Registrierung|gültig/);
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain(`href="${LINK}"`);
    expect(mail.html).toContain(">Start registration</a>");
  });

  it("keeps the German wording for German recipients (lang de-CH for Swiss ones)", () => {
    const german = invitation("de-DE");
    expect(german.subject).toBe("Ihre Einladung zum Kundenportal von Muster Makler");
    expect(german.text).toContain("Der Link ist bis 5. Mai 2026 um 14:30 Uhr gültig und kann nur einmal verwendet werden.");
    expect(german.text).toContain(`Registrierung starten:\n${LINK}\n`);
    expect(invitation("de-CH").html).toContain('<html lang="de-CH">');
  });
});
