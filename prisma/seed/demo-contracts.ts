import type { Prisma } from "@/lib/db/generated/client";
import type { Catalog } from "./catalog";
import type { DemoCustomerIds } from "./demo-customers";
import { day } from "./seed-plan";
import { demoInsuredObjects } from "./demo-insured-objects";
import { uuidv7 } from "./uuid-v7";

type ContractFields = Omit<Prisma.ContractCreateManyInput, "id" | "tenantId" | "customerId" | "lineId" | "insurerId"> & {
  line?: string;
  insurer?: string;
};

const yearlyRenewal = { mainDueMonth: 1, mainDueDay: 1, noticePeriodMonths: 3 } as const;
const motorRenewal = { mainDueMonth: 1, mainDueDay: 1, noticePeriodMonths: 1 } as const;

/** 24 contracts across lines, states and payment frequencies; 10 of them belong to Max (one FINANCE). */
export function demoContracts(ctx: { tenantId: string; catalog: Catalog; customers: DemoCustomerIds; createdById: string }) {
  const { tenantId, catalog, customers: c, createdById } = ctx;
  const contracts: Prisma.ContractCreateManyInput[] = [];
  const ids = {} as Record<DemoContractKey, string>;

  const add = (key: DemoContractKey, customerId: string, { line, insurer, ...fields }: ContractFields) => {
    const id = uuidv7();
    ids[key] = id;
    contracts.push({
      id,
      tenantId,
      customerId,
      lineId: line ? catalog.line(line) : null,
      insurerId: insurer ? catalog.insurer(insurer) : null,
      currency: "EUR",
      paymentMethod: "SEPA_DIRECT_DEBIT",
      createdById,
      ...fields,
    });
  };

  // ── Max Mustermann ──
  add("maxHausrat", c.max, {
    line: "130",
    insurer: "Allianz",
    policyNumber: "AS-4711-0815-130",
    product: "Hausrat Komfort inkl. Fahrraddiebstahl",
    status: "ACTIVE",
    startDate: day(2024, 1, 1),
    ...yearlyRenewal,
    sumInsured: "65000.00",
    grossPremium: "13.40",
    paymentFrequency: "MONTHLY",
    notes: "650 €/m² bei 100 m² Wohnfläche, Unterversicherungsverzicht. Elementar seit 01.04.2026 eingeschlossen (+1,50 €).",
  });
  add("maxHausratAlt", c.max, {
    line: "130",
    insurer: "ERGO",
    policyNumber: "HR 2019 553 901",
    product: "Hausratversicherung Basis",
    status: "CANCELLED",
    startDate: day(2019, 1, 1),
    endDate: day(2024, 1, 1),
    ...yearlyRenewal,
    sumInsured: "40000.00",
    grossPremium: "98.40",
    paymentFrequency: "YEARLY",
    cancelledAt: new Date(Date.UTC(2023, 8, 20)),
    notes: "Gekündigt zum 01.01.2024 – Wechsel zur Allianz.",
  });
  add("maxHaftpflicht", c.max, {
    line: "040",
    insurer: "HUK-COBURG",
    policyNumber: "PH-800-123456-7",
    product: "Privathaftpflicht Familie Plus",
    status: "ACTIVE",
    startDate: day(2021, 4, 1),
    mainDueMonth: 4,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    sumInsured: "50000000.00",
    grossPremium: "68.50",
    paymentFrequency: "YEARLY",
  });
  add("maxKfzHaftpflicht", c.max, {
    line: "051",
    insurer: "HUK-COBURG",
    policyNumber: "KH-M-MM-1984-051",
    product: "Kfz-Haftpflicht Klassik – VW Golf 1.5 TSI (M-MM 1984)",
    status: "ACTIVE",
    startDate: day(2022, 3, 15),
    ...motorRenewal,
    sumInsured: "100000000.00",
    grossPremium: "412.80",
    paymentFrequency: "YEARLY",
    notes: "SF-Klasse 12, Jahresfahrleistung 12.000 km.",
  });
  add("maxKfzVollkasko", c.max, {
    line: "052",
    insurer: "HUK-COBURG",
    policyNumber: "KH-M-MM-1984-052",
    product: "Vollkasko Klassik, SB 300 € / TK 150 €",
    status: "ACTIVE",
    startDate: day(2022, 3, 15),
    ...motorRenewal,
    grossPremium: "389.20",
    paymentFrequency: "YEARLY",
  });
  add("maxRechtsschutz", c.max, {
    line: "070",
    insurer: "DEVK",
    policyNumber: "RS 77 412 908",
    product: "Aktiv-Rechtsschutz Privat, Beruf, Verkehr",
    status: "ACTIVE",
    startDate: day(2023, 7, 1),
    mainDueMonth: 7,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    grossPremium: "24.30",
    paymentFrequency: "MONTHLY",
  });
  add("maxLeben", c.max, {
    line: "010",
    insurer: "Alte Leipziger",
    policyNumber: "RL-5301-884211",
    product: "Risikolebensversicherung, konstante Summe",
    status: "ACTIVE",
    startDate: day(2020, 12, 1),
    endDate: day(2050, 12, 1),
    mainDueMonth: 12,
    mainDueDay: 1,
    sumInsured: "250000.00",
    grossPremium: "18.40",
    paymentFrequency: "MONTHLY",
    notes: "Bezugsrecht: Erika Mustermann.",
  });
  add("maxZahn", c.max, {
    line: "020",
    insurer: "HanseMerkur",
    policyNumber: "KZ 1984 031 2",
    product: "Zahnzusatzversicherung EZ + EZT",
    status: "ACTIVE",
    startDate: day(2025, 2, 1),
    mainDueMonth: 1,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    grossPremium: "32.90",
    paymentFrequency: "MONTHLY",
  });
  add("maxUnfallAngebot", c.max, {
    line: "030",
    insurer: "Gothaer",
    policyNumber: null,
    product: "Unfallversicherung MediRent – Angebot",
    status: "OFFER",
    startDate: day(2027, 1, 1),
    sumInsured: "150000.00",
    grossPremium: "14.80",
    paymentFrequency: "MONTHLY",
    notes: "Grundsumme 150.000 €, Progression 350 %. Angebot gültig bis 31.12.2026.",
  });
  add("maxBausparen", c.max, {
    module: "FINANCE",
    insurerName: "Bausparkasse Schwäbisch Hall",
    policyNumber: "BSV 6612 3344",
    product: "Bausparvertrag Fuchs 5.0",
    status: "ACTIVE",
    startDate: day(2018, 5, 1),
    sumInsured: "30000.00",
    grossPremium: "50.00",
    paymentFrequency: "MONTHLY",
    notes: "Bausparsumme 30.000 €, Regelsparbeitrag 50 € monatlich.",
  });

  // ── Erika Mustermann ──
  add("erikaBu", c.erika, {
    line: "010",
    insurer: "Alte Leipziger",
    policyNumber: "BU-5302-117734",
    product: "Selbstständige Berufsunfähigkeitsversicherung",
    status: "ACTIVE",
    startDate: day(2019, 9, 1),
    endDate: day(2053, 9, 1),
    mainDueMonth: 9,
    mainDueDay: 1,
    sumInsured: "24000.00",
    grossPremium: "78.45",
    paymentFrequency: "MONTHLY",
    notes: "BU-Rente 2.000 € monatlich bis Alter 67.",
  });
  add("erikaKfz", c.erika, {
    line: "051",
    insurer: "Generali",
    policyNumber: "KF 221 774 90",
    product: "Kfz-Haftpflicht – Fiat 500 (M-EM 86)",
    status: "ACTIVE",
    startDate: day(2023, 1, 1),
    ...motorRenewal,
    grossPremium: "126.30",
    paymentFrequency: "HALF_YEARLY",
  });

  // ── Sophie Wagner ──
  add("sophieHausrat", c.sophie, {
    line: "130",
    insurer: "VHV",
    policyNumber: null,
    product: "Hausrat Klassik-Garant Exklusiv",
    status: "PENDING",
    startDate: day(2026, 12, 1),
    mainDueMonth: 12,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    sumInsured: "35000.00",
    grossPremium: "7.35",
    paymentFrequency: "MONTHLY",
    notes: "Antrag am 18.11.2026 eingereicht, Police steht aus.",
  });
  add("sophieHaftpflicht", c.sophie, {
    line: "040",
    insurer: "R+V",
    policyNumber: "PHV 400 118 762",
    product: "Privathaftpflicht Single",
    status: "EXPIRED",
    startDate: day(2017, 10, 1),
    endDate: day(2025, 10, 1),
    mainDueMonth: 10,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    sumInsured: "10000000.00",
    grossPremium: "54.20",
    paymentFrequency: "YEARLY",
  });

  // ── Muster Logistik AG ──
  add("logistikDo", c.logistik, {
    line: "040",
    insurer: "HDI",
    policyNumber: "DO-01-2288731",
    product: "D&O-Versicherung Vorstand und Aufsichtsrat",
    status: "ACTIVE",
    startDate: day(2022, 1, 1),
    ...yearlyRenewal,
    sumInsured: "5000000.00",
    grossPremium: "4850.00",
    paymentFrequency: "YEARLY",
    paymentMethod: "INVOICE",
    isConfidential: true,
    notes: "Vertraulich: nur für Vollzugriff sichtbar.",
  });
  add("logistikBhv", c.logistik, {
    line: "040",
    insurer: "R+V",
    policyNumber: "BHV 400 902 331",
    product: "Betriebshaftpflicht Spedition und Lager",
    status: "ACTIVE",
    startDate: day(2020, 1, 1),
    ...yearlyRenewal,
    sumInsured: "10000000.00",
    grossPremium: "3120.00",
    paymentFrequency: "QUARTERLY",
  });
  add("logistikFlotte", c.logistik, {
    line: "050",
    insurer: "Allianz",
    policyNumber: "FL-70-556677",
    product: "Kfz-Flottenversicherung (Haftpflicht, Vollkasko) – 14 Fahrzeuge",
    status: "ACTIVE",
    startDate: day(2021, 1, 1),
    ...motorRenewal,
    grossPremium: "28640.00",
    paymentFrequency: "QUARTERLY",
    paymentMethod: "INVOICE",
  });
  add("logistikBav", c.logistik, {
    line: "010",
    insurer: "Allianz",
    policyNumber: "BAV-GV-2019-0042",
    product: "Direktversicherung (bAV) – Gruppenvertrag",
    status: "ACTIVE",
    startDate: day(2019, 1, 1),
    grossPremium: "2400.00",
    paymentFrequency: "MONTHLY",
    isOccupationalPension: true,
    notes: "Entgeltumwandlung mit 15 % Arbeitgeberzuschuss, 23 versicherte Mitarbeitende.",
  });
  add("logistikHalle", c.logistik, {
    line: "080",
    insurer: "Zurich",
    policyNumber: "FEU 3319 440 02",
    product: "Feuer- und Inhaltsversicherung Lagerhalle Garching",
    status: "ACTIVE",
    startDate: day(2020, 1, 1),
    ...yearlyRenewal,
    sumInsured: "4200000.00",
    grossPremium: "5960.00",
    paymentFrequency: "HALF_YEARLY",
  });

  // ── Muster Logistik Transport GmbH ──
  add("transportVerkehrshaftung", c.transport, {
    line: "190",
    insurer: "Zurich",
    policyNumber: "VH 3320 117 55",
    product: "Verkehrshaftungsversicherung (HGB/CMR)",
    status: "ACTIVE",
    startDate: day(2023, 1, 1),
    ...yearlyRenewal,
    sumInsured: "1250000.00",
    grossPremium: "6200.00",
    paymentFrequency: "YEARLY",
  });

  // ── Hans Meier ──
  add("hansGebaeude", c.hans, {
    line: "140",
    insurer: "Württembergische",
    policyNumber: "WG 61 204 887",
    product: "Wohngebäudeversicherung inkl. Elementar",
    status: "ACTIVE",
    startDate: day(2005, 6, 1),
    mainDueMonth: 6,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    sumInsured: "620000.00",
    grossPremium: "612.00",
    paymentFrequency: "YEARLY",
    notes: "Einfamilienhaus Bj. 1978, Wert 1914: 32.000 Mark.",
  });
  add("hansUnfall", c.hans, {
    line: "030",
    insurer: "Signal Iduna",
    policyNumber: "UV 99 1120 4",
    product: "Unfallversicherung Senior",
    status: "EXPIRED",
    startDate: day(2010, 3, 1),
    endDate: day(2024, 3, 1),
    sumInsured: "60000.00",
    grossPremium: "19.80",
    paymentFrequency: "MONTHLY",
  });

  // ── Dr. Claudia Richter ──
  add("claudiaPkv", c.claudia, {
    line: "020",
    insurer: "Barmenia",
    policyNumber: "KV 4412 0087 3",
    product: "Private Krankenvollversicherung mit Krankentagegeld",
    status: "ACTIVE",
    startDate: day(2021, 7, 1),
    mainDueMonth: 1,
    mainDueDay: 1,
    noticePeriodMonths: 3,
    grossPremium: "612.40",
    paymentFrequency: "MONTHLY",
  });
  add("claudiaBerufshaftpflicht", c.claudia, {
    line: "040",
    insurer: "Gothaer",
    policyNumber: null,
    product: "Berufshaftpflicht Zahnärzte – Angebot",
    status: "OFFER",
    startDate: day(2027, 1, 1),
    sumInsured: "5000000.00",
    grossPremium: "689.00",
    paymentFrequency: "YEARLY",
  });

  const insuredObjects = demoInsuredObjects(tenantId, c, ids);

  return { contracts, insuredObjects, ids };
}

export type DemoContractKey =
  | "maxHausrat"
  | "maxHausratAlt"
  | "maxHaftpflicht"
  | "maxKfzHaftpflicht"
  | "maxKfzVollkasko"
  | "maxRechtsschutz"
  | "maxLeben"
  | "maxZahn"
  | "maxUnfallAngebot"
  | "maxBausparen"
  | "erikaBu"
  | "erikaKfz"
  | "sophieHausrat"
  | "sophieHaftpflicht"
  | "logistikDo"
  | "logistikBhv"
  | "logistikFlotte"
  | "logistikBav"
  | "logistikHalle"
  | "transportVerkehrshaftung"
  | "hansGebaeude"
  | "hansUnfall"
  | "claudiaPkv"
  | "claudiaBerufshaftpflicht";
