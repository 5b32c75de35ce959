import { describe, expect, it } from "vitest";
import { checkMapping } from "@/lib/import/check-mapping";
import { resolveMapping } from "@/lib/import/column-mapping";
import { resolveLine } from "@/lib/import/contract-row";
import { decodeCsvBytes } from "@/lib/import/decode-bytes";
import { detectDelimiter } from "@/lib/import/detect-delimiter";
import { suggestMapping } from "@/lib/import/header-synonyms";
import { ALL_IMPORT_FIELDS, CUSTOMER_FIELDS, fieldsFor } from "@/lib/import/import-fields";
import type { CatalogLookup, ImportLookup } from "@/lib/import/import-lookup";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { parseCsv } from "@/lib/import/parse-csv";
import {
  amount,
  contractStatus,
  country,
  internationalPhone,
  isoDate,
  paymentFrequency,
  policyKey,
  salutation,
} from "@/lib/import/parse-values";
import { planImport } from "@/lib/import/plan-import";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes as German Excel writes them (only the characters these tests use). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { ä: 0xe4, ö: 0xf6, ü: 0xfc, Ä: 0xc4, Ö: 0xd6, Ü: 0xdc, ß: 0xdf, "€": 0x80 };
  return Uint8Array.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe("decoding CSV bytes", () => {
  it("drops the UTF-8 byte-order mark Excel puts before the first column name", () => {
    const decoded = decodeCsvBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Kundennummer;Straße")]));
    expect(decoded).toEqual({ text: "Kundennummer;Straße", encoding: "utf-8" });
  });

  it("reads Windows-1252 umlauts when the file is not valid UTF-8", () => {
    const decoded = decodeCsvBytes(cp1252("Nachname;Straße\nMüller;Große Gasse 5;12 €"));
    expect(decoded).toEqual({ text: "Nachname;Straße\nMüller;Große Gasse 5;12 €", encoding: "windows-1252" });
  });
});

describe("delimiter detection", () => {
  it("recognises semicolon, comma and tab from the header line", () => {
    expect(detectDelimiter("Kundennummer;Name;Ort")).toBe(";");
    expect(detectDelimiter("customerNumber,lastName,city")).toBe(",");
    expect(detectDelimiter("Kundennummer\tName\tOrt")).toBe("\t");
  });

  it("ignores separators inside quotes and prefers the semicolon on a tie", () => {
    expect(detectDelimiter('"Name, Vorname";"PLZ, Ort"')).toBe(";");
    expect(detectDelimiter("Kundennummer")).toBe(";");
  });
});

describe("parsing a CSV file", () => {
  it("numbers rows as the file shows them, across quoted line breaks, blank and empty Excel lines", () => {
    const parsed = parseCsv(utf8('Nr;Notiz\r\n1;"zwei\r\nZeilen"\r\n\r\n2;x\r\n;;\r\n3;y'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.csv.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, "1"],
      [5, "2"],
      [7, "3"],
    ]);
    expect(parsed.csv.rows[0]!.cells[1]).toBe("zwei\nZeilen");
  });

  it("makes repeated and empty column names distinct", () => {
    const parsed = parseCsv(utf8("Name;Name;;Ort\na;b;c;d"));
    if (!parsed.ok) throw new Error("not parsed");
    expect(parsed.csv.headers).toEqual(["Name", "Name (2)", "#3", "Ort"]);
  });

  it("refuses empty, header-only, oversized, too long and broken files with a message", () => {
    expect(parseCsv(new Uint8Array())).toEqual({ ok: false, error: "import.errors.fileEmpty" });
    expect(parseCsv(utf8("Kundennummer;Name\n"))).toEqual({ ok: false, error: "import.errors.noRows" });
    expect(parseCsv(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({
      ok: false,
      error: { key: "import.errors.fileTooLarge" },
    });
    const long = "Nr\n" + Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => String(i)).join("\n");
    expect(parseCsv(utf8(long))).toMatchObject({ ok: false, error: { key: "import.errors.tooManyRows" } });
    expect(parseCsv(utf8('Nr;Name\n1;ok\n2;"offen\n3;x'))).toEqual({
      ok: false,
      error: { key: "import.errors.fileBroken", values: { line: 3 } },
    });
  });
});

describe("mapping suggestions", () => {
  const contractFields = fieldsFor("contracts", { hideFinancials: false, hideExpiryDates: false });

  it("maps the column names of German broker exports", () => {
    const headers = [
      "Kd-Nr.",
      "Anrede",
      "Vorname",
      "Name",
      "Geb.-Datum",
      "E-Mail",
      "Straße",
      "PLZ",
      "Ort",
      "VS-Nr",
      "Gesellschaft",
      "Sparte",
      "Tarif",
      "Beitrag (brutto)",
      "Zahlweise",
      "Beginn",
      "Ablauf",
      "Bemerkung",
    ];
    expect(suggestMapping(headers, contractFields)).toEqual({
      "Kd-Nr.": "customerNumber",
      Anrede: "salutation",
      Vorname: "firstName",
      Name: "lastName",
      "Geb.-Datum": "birthDate",
      "E-Mail": "email",
      Straße: "street",
      PLZ: "postalCode",
      Ort: "city",
      "VS-Nr": "policyNumber",
      Gesellschaft: "insurer",
      Sparte: "line",
      Tarif: "product",
      "Beitrag (brutto)": "grossPremium",
      Zahlweise: "paymentFrequency",
      Beginn: "startDate",
      Ablauf: "endDate",
    });
  });

  it("knows the other spellings of customer and policy number and suggests each field once", () => {
    expect(suggestMapping(["Kundennr.", "Versicherungsscheinnummer", "Policennummer", "Versicherer"], contractFields)).toEqual({
      "Kundennr.": "customerNumber",
      Versicherungsscheinnummer: "policyNumber",
      Versicherer: "insurer",
    });
    expect(suggestMapping(["Kundennummer", "VS-Nr"], [...CUSTOMER_FIELDS])).toEqual({ Kundennummer: "customerNumber" });
  });

  it("prefers the remembered mapping of the source and suggests only for new columns", () => {
    const { mapping, origin } = resolveMapping(["Kennung", "Nachname", "Mail"], [...CUSTOMER_FIELDS], null, {
      Kennung: "customerNumber",
      Gone: "city",
    });
    expect(origin).toBe("profile");
    expect(mapping).toEqual({ Kennung: "customerNumber", Nachname: "lastName", Mail: "email" });
  });

  it("reports unmapped required fields, doubly used fields and fields the role may not import", () => {
    const hidden = fieldsFor("contracts", { hideFinancials: true, hideExpiryDates: false });
    expect(checkMapping({ A: "customerNumber", B: "lastName", C: "lastName", D: "grossPremium" }, "contracts", hidden)).toEqual([
      { field: "policyNumber", message: "import.mapping.requiredMissing" },
      { field: "insurer", message: "import.mapping.requiredMissing" },
      { field: "lastName", message: "import.mapping.usedTwice" },
      { field: "grossPremium", message: "import.mapping.notAllowed" },
    ]);
    expect(ALL_IMPORT_FIELDS.filter((f) => !hidden.includes(f))).toEqual(["sumInsured", "grossPremium"]);
  });
});

describe("value parsing", () => {
  it("reads German and ISO dates, also with Excel's midnight time", () => {
    expect(isoDate("1.2.2025")).toBe("2025-02-01");
    expect(isoDate("31.12.2025 00:00")).toBe("2025-12-31");
    expect(isoDate("2025-12-31")).toBe("2025-12-31");
    expect(isoDate("12/31/2025")).toBeNull();
    expect(isoDate("31.12.25")).toBeNull();
  });

  it("prepares amounts for the money rule", () => {
    expect(amount("1.234,56 €")).toBe("1.234,56");
    expect(amount("1.234")).toBe("1234");
    expect(amount("CHF 99.90")).toBe("99.90");
  });

  it("understands German words for status, payment frequency, salutation and country", () => {
    expect(contractStatus("storniert")).toBe("CANCELLED");
    expect(contractStatus("Angebot")).toBe("OFFER");
    expect(contractStatus("AKTIV")).toBe("ACTIVE");
    expect(contractStatus("EXPIRED")).toBe("EXPIRED");
    expect(contractStatus("ruhend")).toBeNull();
    expect(paymentFrequency("vierteljährlich")).toBe("QUARTERLY");
    expect(paymentFrequency("12")).toBe("MONTHLY");
    expect(paymentFrequency("0")).toBe("SINGLE");
    expect(paymentFrequency("HALF_YEARLY")).toBe("HALF_YEARLY");
    expect(salutation("Hr.")).toBe("Herr");
    expect(salutation("Firma")).toBe("");
    expect(salutation("Dr.")).toBeNull();
    expect(country("Österreich")).toBe("AT");
    expect(country("ch")).toBe("CH");
    expect(country("USA")).toBeNull();
  });

  it("turns national phone numbers into international ones for the customer's country", () => {
    expect(internationalPhone("0171 1234567", "DE")).toBe("+49171 1234567");
    expect(internationalPhone("044 123 45 67", "CH")).toBe("+4144 123 45 67");
    expect(internationalPhone("+49 40 123456", "DE")).toBe("+49 40 123456");
    expect(internationalPhone("0049 40 123456", "DE")).toBe("0049 40 123456");
  });

  it("treats differently written policy numbers as the same", () => {
    expect(policyKey("ab-123 456/7")).toBe(policyKey("AB123456.7"));
  });

  it("finds a line by GDV code, by code with name and by everyday name", () => {
    const catalog: CatalogLookup = {
      insurers: new Map(),
      linesByCode: new Map([
        ["040", "line-040"],
        ["130", "line-130"],
      ]),
      linesByName: new Map([["hausrat", "line-130"]]),
    };
    expect(resolveLine("40", catalog)).toBe("line-040");
    expect(resolveLine("130 Hausrat", catalog)).toBe("line-130");
    expect(resolveLine("Hausratversicherung", catalog)).toBe("line-130");
    expect(resolveLine("Privathaftpflicht", catalog)).toBe("line-040");
    expect(resolveLine("999", catalog)).toBeNull();
  });
});

describe("planning an import without a database", () => {
  const lookup: ImportLookup = {
    insurers: new Map([["allianz", "0190a000-0000-7000-8000-000000000001"]]),
    linesByCode: new Map([["130", "0190a000-0000-7000-8000-000000000002"]]),
    linesByName: new Map(),
    customers: new Map(),
    contractsByKey: new Map(),
    unkeyedContracts: new Map(),
    customerEmails: new Map(),
    accountEmails: new Map(),
  };
  const options = {
    kind: "contracts" as const,
    actorId: "a",
    onlyOwnCustomers: false,
    canEditContactData: true,
    defaultCountry: "DE",
  };
  const headers = ["Kundennummer", "Vorname", "Nachname", "VS-Nr", "Gesellschaft", "Sparte"];
  const mapping = suggestMapping(headers, fieldsFor("contracts", { hideFinancials: false, hideExpiryDates: false }));
  const row = (line: number, ...cells: string[]) => ({ line, cells });

  it("creates a customer described only in a later row and the insurer once", () => {
    const plan = planImport(
      {
        headers,
        rows: [
          row(2, "K-1", "", "", "P-1", "Neue Versicherung AG", "130"),
          row(3, "K-1", "Erika", "Muster", "P-2", "neue versicherung ag", "130"),
        ],
      },
      mapping,
      lookup,
      options,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.customers.create.map((c) => c.customerNumber)).toEqual(["K-1"]);
    expect(plan.contracts.create).toHaveLength(2);
    expect([...plan.newInsurers.values()]).toEqual(["Neue Versicherung AG"]);
  });

  it("reports a repeated contract with the row it first appeared in", () => {
    const plan = planImport(
      {
        headers,
        rows: [row(2, "K-1", "Erika", "Muster", "P-1", "Allianz", "130"), row(3, "K-1", "", "", "p 1", "ALLIANZ", "130")],
      },
      mapping,
      lookup,
      options,
    );
    expect(plan.errors).toEqual([
      { row: 3, field: "policyNumber", message: { key: "import.errors.contractTwiceInFile", values: { line: 2 } } },
    ]);
    expect(plan.validRows).toBe(1);
  });

  it("refuses contact data for a new customer when the importer lacks the contact-data right", () => {
    const withEmail = ["Kundennummer", "Vorname", "Nachname", "E-Mail", "VS-Nr", "Gesellschaft", "Sparte"];
    const plan = planImport(
      { headers: withEmail, rows: [row(2, "K-9", "Erika", "Muster", "erika@example.com", "P-9", "Allianz", "130")] },
      suggestMapping(withEmail, fieldsFor("contracts", { hideFinancials: false, hideExpiryDates: false })),
      lookup,
      { ...options, canEditContactData: false },
    );
    expect(plan.errors).toEqual([{ row: 2, field: "email", message: "customers.errors.noContactDataRight" }]);
    expect(plan.customers.create).toEqual([]);
  });
});
