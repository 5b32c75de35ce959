import type { ColumnMapping } from "./column-mapping";
import type { ImportField } from "./import-fields";
import { token } from "./parse-values";

// Column names of common broker systems and Excel lists, written as token() spells them
// ("Kd.-Nr." → "kdnr"). First match wins, so a field is suggested for one column only.
const SYNONYMS: Record<ImportField, string[]> = {
  customerNumber: ["kundennummer", "kundennr", "kdnr", "kdnummer", "kundenid", "customernumber", "customerno", "customerid"],
  salutation: ["anrede", "salutation"],
  title: ["titel", "title", "akadgrad"],
  firstName: ["vorname", "firstname", "givenname"],
  lastName: ["nachname", "name", "familienname", "zuname", "lastname", "surname"],
  companyName: ["firma", "firmenname", "firmierung", "unternehmen", "company", "companyname"],
  legalForm: ["rechtsform", "legalform"],
  birthDate: ["geburtsdatum", "gebdatum", "geburtstag", "geboren", "gebam", "birthdate", "dateofbirth"],
  email: ["email", "emailadresse", "mail", "emailprivat"],
  mobile: ["mobil", "mobilnummer", "mobiltelefon", "mobilfunk", "handy", "handynummer", "mobile"],
  phone: ["telefon", "telefonnummer", "tel", "telefonprivat", "festnetz", "phone"],
  street: [
    "strasse",
    "str",
    "strassehausnummer",
    "strasseundhausnummer",
    "strassenr",
    "anschrift",
    "adresse",
    "street",
    "address",
  ],
  postalCode: ["plz", "postleitzahl", "zip", "zipcode", "postalcode"],
  city: ["ort", "wohnort", "stadt", "city", "town"],
  country: ["land", "staat", "lkz", "laenderkennzeichen", "country"],
  policyNumber: [
    "vsnr",
    "versicherungsscheinnummer",
    "versicherungsscheinnr",
    "vsnummer",
    "policennummer",
    "policennr",
    "polizzennummer",
    "vertragsnummer",
    "vertragsnr",
    "policynumber",
    "policyno",
  ],
  insurer: ["gesellschaft", "versicherer", "versicherungsgesellschaft", "vu", "vuname", "risikotraeger", "anbieter", "insurer"],
  line: ["sparte", "spartenbezeichnung", "spartennr", "spartennummer", "gdvsparte", "line", "lineofbusiness"],
  product: ["produkt", "produktname", "tarif", "tarifname", "product", "tariff"],
  status: ["status", "vertragsstatus", "zustand"],
  module: ["bereich", "modul", "module"],
  startDate: ["beginn", "vertragsbeginn", "versicherungsbeginn", "versbeginn", "beginndatum", "startdatum", "start", "startdate"],
  endDate: ["ablauf", "vertragsablauf", "ablaufdatum", "versicherungsende", "vertragsende", "ende", "enddate", "end"],
  mainDue: ["hauptfaelligkeit", "hauptfaellig", "hf", "maindue"],
  sumInsured: ["versicherungssumme", "deckungssumme", "vssumme", "summe", "suminsured"],
  grossPremium: [
    "beitrag",
    "bruttobeitrag",
    "beitragbrutto",
    "zahlbeitrag",
    "praemie",
    "bruttopraemie",
    "premium",
    "grosspremium",
  ],
  paymentFrequency: ["zahlweise", "zahlungsweise", "zw", "zahlungsrhythmus", "paymentfrequency", "frequency"],
  paymentMethod: ["zahlart", "zahlungsart", "inkasso", "inkassoart", "paymentmethod"],
};

// A longer column name may start with a synonym ("Beitrag brutto in EUR"); only distinctive ones count.
const PREFIX_MIN_LENGTH = 6;

/**
 * Suggests a target field per column from its name: exact synonyms first, then columns whose name
 * starts with a long synonym. Columns without a match stay unmapped; the broker checks every row.
 */
export function suggestMapping(headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  const tokens = headers.map(token);
  const assign = (matches: (headerToken: string, synonym: string) => boolean) => {
    headers.forEach((header, i) => {
      if (mapping[header]) return;
      const field = fields.find((f) => !taken.has(f) && SYNONYMS[f].some((s) => matches(tokens[i]!, s)));
      if (field) {
        mapping[header] = field;
        taken.add(field);
      }
    });
  };
  assign((t, s) => t === s);
  assign((t, s) => s.length >= PREFIX_MIN_LENGTH && t.startsWith(s));
  return mapping;
}
