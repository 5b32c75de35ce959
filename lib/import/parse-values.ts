// How broker systems and German Excel write values, turned into what the form schemas accept.
// Each parser returns null for a value it does not recognise; the caller reports the row.
import { CONTRACT_MODULES, CONTRACT_STATUSES, PAYMENT_FREQUENCIES, PAYMENT_METHODS } from "../validation/contract";
import { COUNTRIES, SALUTATIONS } from "../validation/customer";

type Status = (typeof CONTRACT_STATUSES)[number];
type Module = (typeof CONTRACT_MODULES)[number];
type Frequency = (typeof PAYMENT_FREQUENCIES)[number];
type Method = (typeof PAYMENT_METHODS)[number];
type Country = (typeof COUNTRIES)[number];
type Salutation = (typeof SALUTATIONS)[number];

/** "Vers.-Beginn (TT.MM.JJJJ)" → "versbeginnttmmjjjj": lower case, umlauts spelled out, only letters and digits. */
export function token(value: string): string {
  return value
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");
}

function lookup<T extends string>(words: Record<string, T>, enumValues: readonly T[], raw: string): T | null {
  const t = token(raw);
  return words[t] ?? enumValues.find((v) => token(v) === t) ?? null;
}

/** "31.12.2025", "1.2.2025", "2025-12-31", Excel's "31.12.2025 00:00" → "2025-12-31"; null if none of these. */
export function isoDate(raw: string): string | null {
  const value = raw.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?Z?$/, "");
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) return `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}`;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, "0")}-${iso[3]!.padStart(2, "0")}`;
  return null;
}

/**
 * Amounts for the contract schema's money rule, which reads "1.234,56" and "1234.56": a currency sign
 * is dropped, and "1.234" (German thousands without cents) becomes "1234" instead of 1.234.
 */
export function amount(raw: string): string {
  const value = raw.replace(/€|EUR|CHF|Fr\.|SFr\./gi, "").trim();
  return /^\d{1,3}(\.\d{3})+$/.test(value) ? value.replace(/\./g, "") : value;
}

const STATUS_WORDS: Record<string, Status> = {
  aktiv: "ACTIVE",
  laufend: "ACTIVE",
  bestand: "ACTIVE",
  inkraft: "ACTIVE",
  angebot: "OFFER",
  antrag: "PENDING",
  beantragt: "PENDING",
  inbearbeitung: "PENDING",
  storniert: "CANCELLED",
  storno: "CANCELLED",
  gekuendigt: "CANCELLED",
  canceled: "CANCELLED",
  abgelaufen: "EXPIRED",
  beendet: "EXPIRED",
  erloschen: "EXPIRED",
};
export const contractStatus = (raw: string) => lookup(STATUS_WORDS, CONTRACT_STATUSES, raw);

const MODULE_WORDS: Record<string, Module> = {
  versicherung: "INSURANCE",
  versicherungen: "INSURANCE",
  finanzen: "FINANCE",
  finanz: "FINANCE",
  sonstige: "OTHER",
  sonstiges: "OTHER",
  sonstigevertraege: "OTHER",
  notfall: "EMERGENCY",
  notfallordner: "EMERGENCY",
};
export const contractModule = (raw: string) => lookup(MODULE_WORDS, CONTRACT_MODULES, raw);

const FREQUENCY_WORDS: Record<string, Frequency> = {
  monatlich: "MONTHLY",
  mtl: "MONTHLY",
  "12": "MONTHLY",
  vierteljaehrlich: "QUARTERLY",
  quartalsweise: "QUARTERLY",
  viertelj: "QUARTERLY",
  "4": "QUARTERLY",
  halbjaehrlich: "HALF_YEARLY",
  halbj: "HALF_YEARLY",
  "2": "HALF_YEARLY",
  jaehrlich: "YEARLY",
  jaehrl: "YEARLY",
  "1": "YEARLY",
  einmalig: "SINGLE",
  einmalbeitrag: "SINGLE",
  "0": "SINGLE",
};
export const paymentFrequency = (raw: string) => lookup(FREQUENCY_WORDS, PAYMENT_FREQUENCIES, raw);

const METHOD_WORDS: Record<string, Method> = {
  lastschrift: "SEPA_DIRECT_DEBIT",
  sepa: "SEPA_DIRECT_DEBIT",
  sepalastschrift: "SEPA_DIRECT_DEBIT",
  bankeinzug: "SEPA_DIRECT_DEBIT",
  einzug: "SEPA_DIRECT_DEBIT",
  rechnung: "INVOICE",
  ueberweisung: "INVOICE",
  selbstzahler: "INVOICE",
};
export const paymentMethod = (raw: string) => lookup(METHOD_WORDS, PAYMENT_METHODS, raw);

const SALUTATION_WORDS: Record<string, Salutation | ""> = {
  herr: "Herr",
  hr: "Herr",
  herrn: "Herr",
  mr: "Herr",
  frau: "Frau",
  fr: "Frau",
  mrs: "Frau",
  ms: "Frau",
  divers: "Divers",
  // Companies carry "Firma" as salutation in many exports: no salutation.
  firma: "",
  eheleute: "",
  familie: "",
};
/** "Hr.", "Frau", "Firma" → the form's salutations ("" = none); null if unknown. */
export function salutation(raw: string): Salutation | "" | null {
  return SALUTATION_WORDS[token(raw)] ?? null;
}

const COUNTRY_WORDS: Record<string, Country> = {
  d: "DE",
  deutschland: "DE",
  germany: "DE",
  schweiz: "CH",
  switzerland: "CH",
  suisse: "CH",
  a: "AT",
  oesterreich: "AT",
  austria: "AT",
  liechtenstein: "LI",
  luxemburg: "LU",
  frankreich: "FR",
  italien: "IT",
  niederlande: "NL",
  belgien: "BE",
  polen: "PL",
  daenemark: "DK",
};
/** "Deutschland", "de", "D" → "DE"; null for a country the customer form does not offer. */
export function country(raw: string): Country | null {
  const t = token(raw);
  return COUNTRY_WORDS[t] ?? COUNTRIES.find((c) => c.toLowerCase() === t) ?? null;
}

// Countries whose national numbers start with a trunk "0" that the international form drops.
const DIALLING_CODES: Partial<Record<Country, string>> = { DE: "49", CH: "41", AT: "43", FR: "33", NL: "31", BE: "32" };

/**
 * Broker systems store "0171 1234567"; the customer record keeps E.164. A national number becomes
 * international with the customer's country code; anything else goes to the form rule unchanged.
 */
export function internationalPhone(raw: string, countryCode: string): string {
  const value = raw.trim();
  const code = DIALLING_CODES[countryCode as Country];
  return code && /^0[1-9]/.test(value) ? `+${code}${value.slice(1)}` : value;
}

/** The key part of a policy number: "AB-123 456/7" and "ab123456 7" are the same contract. */
export function policyKey(raw: string): string {
  return raw.toUpperCase().replace(/[\s\-./]/g, "");
}

/** Insurer names match case-insensitively and with any spacing: "HUK-COBURG" = "huk-coburg ". */
export function insurerKey(raw: string): string {
  return raw.trim().replace(/\s+/g, " ").toLowerCase();
}
