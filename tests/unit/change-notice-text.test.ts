import { describe, expect, it } from "vitest";
import { maskIban } from "@/lib/data/change-requests/mask-iban";
import { buildChangeNoticeText, noticeFileName, type ChangeNoticeData } from "@/lib/notices/change-notice-text";

const base: ChangeNoticeData = {
  kind: "ADDRESS",
  broker: {
    name: "Makler Sonnenschein GmbH",
    street: "Marktplatz 1",
    postalCode: "80331",
    city: "München",
    phone: "+49 89 123456",
    email: "buero@sonnenschein.example",
  },
  insurer: { name: "Allianz Versicherungs-AG", policyNumbers: ["AS-100", "AS-200"] },
  customer: { name: "Max Mustermann", birthDate: new Date("1980-04-12T00:00:00Z") },
  previousAddress: { street: "Alte Gasse 3", postalCode: "10115", city: "Berlin", country: "DE" },
  newAddress: { street: "Bahnhofstrasse 1", postalCode: "8001", city: "Zürich", country: "CH" },
  newBank: null,
  validFrom: new Date("2026-03-01T23:30:00Z"), // 2 March in Berlin
  date: new Date("2026-03-03T10:00:00Z"),
};

describe("change notice letter text", () => {
  it("names the broker, insurer, policyholder, policy numbers, both addresses and the valid-from date", () => {
    const text = buildChangeNoticeText(base, "de-DE");
    expect(text.letterhead).toEqual([
      "Makler Sonnenschein GmbH",
      "Marktplatz 1 · 80331 München",
      "Tel. +49 89 123456 · E-Mail buero@sonnenschein.example",
    ]);
    expect(text.recipient).toEqual(["Allianz Versicherungs-AG"]);
    expect(text.placeDate).toBe("München, 03.03.2026");
    expect(text.subject).toBe("Adressänderung – Versicherungsnehmer Max Mustermann");
    expect(text.reference).toEqual([
      { label: "Versicherungsnehmer", value: "Max Mustermann" },
      { label: "Geburtsdatum", value: "12.04.1980" },
      { label: "Versicherungsschein-Nrn.", value: "AS-100, AS-200" },
      { label: "Gültig ab", value: "02.03.2026" },
    ]);
    expect(text.blocks).toEqual([
      { label: "Bisherige Anschrift", lines: ["Alte Gasse 3", "10115 Berlin", "Deutschland"] },
      { label: "Neue Anschrift", lines: ["Bahnhofstrasse 1", "8001 Zürich", "Schweiz"] },
    ]);
    expect(text.closing).toBe("Mit freundlichen Grüßen");
    expect(text.signature).toBe("Makler Sonnenschein GmbH");
  });

  it("writes bank details with a formatted IBAN and the SEPA mandate note, in the tenant's language", () => {
    const bank: ChangeNoticeData = {
      ...base,
      kind: "BANK_ACCOUNT",
      insurer: { name: "HUK-COBURG", policyNumbers: ["H-1"] },
      newBank: { holder: "Max Mustermann", iban: "DE89370400440532013000", bic: "COBADEFFXXX" },
    };
    const de = buildChangeNoticeText(bank, "de-DE");
    expect(de.subject).toBe("Änderung der Bankverbindung – Versicherungsnehmer Max Mustermann");
    expect(de.reference[2]).toEqual({ label: "Versicherungsschein-Nr.", value: "H-1" });
    expect(de.blocks[0]!.lines).toEqual([
      "Kontoinhaber: Max Mustermann",
      "IBAN: DE89 3704 0044 0532 0130 00",
      "BIC: COBADEFFXXX",
    ]);
    expect(de.closingParagraphs.join(" ")).toContain("SEPA-Lastschriftmandat");
    const ch = buildChangeNoticeText(bank, "de-CH");
    expect(ch.closing).toBe("Mit freundlichen Grüssen");
    const en = buildChangeNoticeText(bank, "en-GB");
    expect(en.subject).toBe("Change of bank details – policyholder Max Mustermann");
  });

  it("makes safe ASCII file names", () => {
    expect(noticeFileName("ADDRESS", "Allianz Versicherungs-AG")).toBe("Adressaenderung_Allianz_Versicherungs-AG.pdf");
    expect(noticeFileName("BANK_ACCOUNT", 'Württembergische "Vers." / ../AG')).toBe(
      "Bankverbindung_Wuerttembergische_Vers._.._AG.pdf",
    );
    expect(noticeFileName("ADDRESS", "???")).toBe("Adressaenderung_Versicherer.pdf");
  });

  it("masks an IBAN except the country and the last four digits", () => {
    expect(maskIban("DE89 3704 0044 0532 0130 00")).toBe("DE•• •••• •••• •••• ••30 00");
    expect(maskIban("CH9300762011623852957").replace(/[\s•]/g, "")).toBe("CH2957");
  });
});
