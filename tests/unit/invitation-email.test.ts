import { describe, expect, it } from "vitest";
import { invitationEmail } from "@/lib/mail/templates/invitation-email";

const LINK = "https://muster.example/register/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
const input = {
  tenantName: "Muster Makler",
  primaryColor: "#1d4ed8",
  recipientName: "Sophie Wagner",
  link: LINK,
  expiresAt: new Date("2026-05-05T12:30:00Z"),
};

describe("invitation e-mail", () => {
  it("is written in English for an English recipient, with the same link", () => {
    const mail = invitationEmail({ ...input, locale: "en-GB" });
    expect(mail.subject).toBe("Your invitation to the customer portal of Muster Makler");
    expect(mail.text).toContain("Hello Sophie Wagner,");
    expect(mail.text).toContain("The link is valid until 5 May 2026 at 14:30 and can only be used once.");
    expect(mail.text).toContain(`Start registration: ${LINK}`);
    expect(mail.text).not.toMatch(/Guten Tag|Registrierung|gültig/);
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain(`href="${LINK}"`);
    expect(mail.html).toContain(">Start registration</a>");
  });

  it("keeps the German wording for German recipients (lang de-CH for Swiss ones)", () => {
    const german = invitationEmail({ ...input, locale: "de-DE" });
    expect(german.subject).toBe("Ihre Einladung zum Kundenportal von Muster Makler");
    expect(german.text).toContain("Der Link ist bis 5. Mai 2026 um 14:30 Uhr gültig und kann nur einmal verwendet werden.");
    expect(german.text).toContain(`Registrierung starten: ${LINK}`);
    expect(invitationEmail({ ...input, locale: "de-CH" }).html).toContain('<html lang="de-CH">');
  });
});
