import { describe, expect, it } from "vitest";
import { senderAddress } from "@/lib/mail/branded/sender-address";

describe("sender address of tenant e-mails", () => {
  it("shows the tenant's sender name on the platform's address", () => {
    expect(senderAddress("Muster Versicherungsmakler", "portal@mail.example")).toBe(
      '"Muster Versicherungsmakler" <portal@mail.example>',
    );
  });

  it("keeps only the address of a MAIL_FROM that already carries a name", () => {
    expect(senderAddress("Muster & Co", "Plattform <portal@mail.example>")).toBe('"Muster & Co" <portal@mail.example>');
  });

  it("cannot be broken out of with quotes, backslashes or angle brackets", () => {
    expect(senderAddress('Evil" <ceo@bank.example>, "x\\', "portal@mail.example")).toBe(
      '"Evil ceo@bank.example , x" <portal@mail.example>',
    );
  });

  it("cannot inject a header line with CR/LF", () => {
    const from = senderAddress("Muster\r\nBcc: victim@example.com", "portal@mail.example");
    expect(from).not.toMatch(/[\r\n]/);
    expect(from).toBe('"Muster Bcc: victim@example.com" <portal@mail.example>');
  });

  it("falls back to the bare address when nothing of the name is left", () => {
    expect(senderAddress(' "<>" \n ', "portal@mail.example")).toBe("portal@mail.example");
    expect(senderAddress(null, "portal@mail.example")).toBe("portal@mail.example");
  });
});
