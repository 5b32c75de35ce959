import { friendlyFormatIBAN } from "ibantools";
import type { AppLocale } from "../i18n/locales";
import { timeZoneFor } from "../i18n/time-zone";
import { translatorFor } from "../i18n/translator-for";

type Address = { street: string | null; postalCode: string | null; city: string | null; country: string | null };
type Bank = { holder: string; iban: string; bic: string | null };

/** Everything a change notice to one insurer says; built by lib/data/change-requests/load-change-notices.ts. */
export type ChangeNoticeData = {
  kind: "ADDRESS" | "BANK_ACCOUNT";
  broker: {
    name: string;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    phone: string | null;
    email: string | null;
  };
  insurer: { name: string; policyNumbers: string[] };
  customer: { name: string; birthDate: Date | null };
  previousAddress: Address | null;
  newAddress: Address | null;
  newBank: Bank | null;
  /** When the broker applied the change: the date it holds from. */
  validFrom: Date;
  /** The letter's date (today). */
  date: Date;
};

export type ChangeNoticeText = {
  letterhead: string[];
  recipient: string[];
  placeDate: string;
  subject: string;
  reference: { label: string; value: string }[];
  salutation: string;
  paragraphs: string[];
  blocks: { label: string; lines: string[] }[];
  closingParagraphs: string[];
  closing: string;
  signature: string;
};

/** The wording of one letter in the given language (the broker's tenant language). Pure: unit-tested. */
export function buildChangeNoticeText(data: ChangeNoticeData, locale: AppLocale): ChangeNoticeText {
  const t = translatorFor(locale);
  const day = (d: Date, timeZone = timeZoneFor(locale)) =>
    new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone }).format(d);
  const { broker } = data;
  const cityLine = [broker.postalCode, broker.city].filter(Boolean).join(" ");
  const contact = [
    broker.phone ? t("changeRequests.letter.phone", { phone: broker.phone }) : null,
    broker.email ? t("changeRequests.letter.email", { email: broker.email }) : null,
  ].filter((v): v is string => !!v);
  const letterhead = [broker.name, [broker.street, cityLine].filter(Boolean).join(" · "), contact.join(" · ")].filter(Boolean);
  const countryName = (code: string | null) =>
    code && ["DE", "AT", "CH"].includes(code) ? t(`changeRequests.countries.${code as "DE" | "AT" | "CH"}`) : (code ?? "");
  const addressLines = (a: Address | null) =>
    a
      ? [a.street ?? "", [a.postalCode, a.city].filter(Boolean).join(" "), countryName(a.country)].filter(Boolean)
      : [t("changeRequests.letter.unknown")];
  const policies = data.insurer.policyNumbers.length ? data.insurer.policyNumbers.join(", ") : t("changeRequests.letter.unknown");
  const validFrom = day(data.validFrom);
  const values = { customer: data.customer.name, date: validFrom, broker: broker.name };

  const reference = [
    { label: t("changeRequests.letter.policyholder"), value: data.customer.name },
    ...(data.customer.birthDate
      ? [{ label: t("changeRequests.letter.birthDate"), value: day(data.customer.birthDate, "UTC") }]
      : []),
    {
      label: t("changeRequests.letter.policyNumbers", { count: data.insurer.policyNumbers.length }),
      value: policies,
    },
    { label: t("changeRequests.letter.validFrom"), value: validFrom },
  ];

  const address = data.kind === "ADDRESS";
  const blocks = address
    ? [
        { label: t("changeRequests.letter.previousAddress"), lines: addressLines(data.previousAddress) },
        { label: t("changeRequests.letter.newAddress"), lines: addressLines(data.newAddress) },
      ]
    : [
        {
          label: t("changeRequests.letter.newBank"),
          lines: data.newBank
            ? [
                t("changeRequests.letter.holder", { holder: data.newBank.holder }),
                t("changeRequests.letter.iban", { iban: friendlyFormatIBAN(data.newBank.iban) ?? data.newBank.iban }),
                ...(data.newBank.bic ? [t("changeRequests.letter.bic", { bic: data.newBank.bic })] : []),
              ]
            : [t("changeRequests.letter.unknown")],
        },
      ];

  return {
    letterhead,
    recipient: [data.insurer.name],
    placeDate: [broker.city, day(data.date)].filter(Boolean).join(", "),
    subject: t(address ? "changeRequests.letter.subjectAddress" : "changeRequests.letter.subjectBank", values),
    reference,
    salutation: t("changeRequests.letter.salutation"),
    paragraphs: [t(address ? "changeRequests.letter.introAddress" : "changeRequests.letter.introBank", values)],
    blocks,
    closingParagraphs: address
      ? [t("changeRequests.letter.requestAddress", values)]
      : [t("changeRequests.letter.requestBank", values), t("changeRequests.letter.mandate", values)],
    closing: t("changeRequests.letter.closing"),
    signature: broker.name,
  };
}

/** "Adressaenderung_Allianz_Versicherungs-AG.pdf": ASCII letters, digits, dot, dash, underscore only. */
export function noticeFileName(kind: ChangeNoticeData["kind"], insurerName: string, ext: "pdf" | "zip" = "pdf"): string {
  const prefix = kind === "ADDRESS" ? "Adressaenderung" : "Bankverbindung";
  const ascii = insurerName
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/Ä/g, "Ae")
    .replace(/Ö/g, "Oe")
    .replace(/Ü/g, "Ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^[_.-]+|[_.-]+$/g, "")
    .slice(0, 60);
  return `${prefix}_${ascii || "Versicherer"}.${ext}`;
}
