import { describe, expect, it } from "vitest";
import type { AppLocale } from "@/lib/i18n/locales";
import { mailBrandFrom } from "@/lib/mail/branded/mail-brand";
import { renderBrandedMail } from "@/lib/mail/branded/render-branded-mail";
import { passwordResetMail } from "@/lib/mail/templates/password-reset-mail";

const input = { tenantName: "Muster & Partner", link: "https://muster.example/reset-password/abc", validMinutes: 60 };
const brand = mailBrandFrom(
  {
    name: "Muster & Partner",
    emailSenderName: null,
    primaryColor: "#1d4ed8",
    textColor: "#0f172a",
    logoKey: null,
    imprintHtml: null,
    emailSignatureHtml: null,
  },
  "https://muster.example",
);
const reset = (locale: AppLocale) => renderBrandedMail(brand, locale, passwordResetMail({ ...input, locale }));

describe("password reset e-mail", () => {
  it("is written in English for an English recipient", () => {
    const mail = reset("en-GB");
    expect(mail.subject).toBe("Reset your password – Muster & Partner");
    expect(mail.text).toContain("Hello,");
    expect(mail.text).toContain("The link is valid for 60 minutes and can only be used once.");
    expect(mail.text).toContain(`Set a new password:\n${input.link}`);
    expect(mail.text).not.toMatch(/Passwort|Guten Tag/);
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain("Muster &amp; Partner");
  });

  it("stays German for German recipients (de-DE and de-CH)", () => {
    expect(reset("de-DE").subject).toBe("Passwort zurücksetzen – Muster & Partner");
    expect(reset("de-CH").text).toContain("Der Link ist 60 Minuten gültig");
  });
});
