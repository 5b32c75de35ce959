import type { DemoContractKey } from "./demo-contracts";
import type { DemoCustomerIds } from "./demo-customers";
import { DEMO_NAME } from "./demo-tenant-name";
import { day, type DocumentSeed } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

const MAX = "Max Mustermann, Musterstraße 12, 80331 München";

/**
 * Eleven PDFs. All of Max's are visible to him except one internal note, which proves the
 * visibility flag; Erika's consent form backs the household consent record.
 */
export function demoDocuments(ctx: {
  tenantId: string;
  customers: DemoCustomerIds;
  contracts: Record<DemoContractKey, string>;
  uploadedById: string;
}) {
  const { tenantId, customers: c, contracts: k, uploadedById } = ctx;
  const consentDocumentId = uuidv7();
  const base = { tenantId, uploadedById, origin: "BROKER" as const, scanState: "CLEAN" as const };

  const documents: DocumentSeed[] = [
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: k.maxHausrat,
      category: "POLICY",
      title: "Versicherungsschein Hausrat",
      fileName: "Versicherungsschein-Hausrat-AS-4711-0815-130.pdf",
      documentDate: day(2023, 12, 4),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Versicherungsschein Hausrat",
        fields: [
          ["Versicherungsnehmer", MAX],
          ["Versicherer", "Allianz"],
          ["Versicherungsschein-Nr.", "AS-4711-0815-130"],
          ["Tarif", "Hausrat Komfort"],
          ["Versicherungssumme", "65.000,00 €"],
          ["Beitrag", "11,90 € monatlich"],
          ["Beginn", "01.01.2024"],
        ],
        paragraphs: [
          "Versichert ist der gesamte Hausrat in der Wohnung Musterstraße 12, 80331 München, einschließlich Fahrraddiebstahl bis 3.000 €.",
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: k.maxHausrat,
      category: "ENDORSEMENT",
      title: "Nachtrag Hausrat – Einschluss Elementarschäden",
      fileName: "Nachtrag-Hausrat-2026.pdf",
      documentDate: day(2026, 3, 2),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Nachtrag zum Versicherungsschein",
        fields: [
          ["Versicherungsnehmer", MAX],
          ["Versicherungsschein-Nr.", "AS-4711-0815-130"],
          ["Änderung ab", "01.04.2026"],
          ["Einschluss", "Weitere Naturgefahren (Elementar)"],
          ["Neuer Beitrag", "13,40 € monatlich"],
        ],
        paragraphs: [
          "Auf Ihren Wunsch schließen wir ab dem 01.04.2026 weitere Naturgefahren (u. a. Überschwemmung, Rückstau, Erdrutsch) in Ihre Hausratversicherung ein. Selbstbeteiligung je Elementarschaden: 500 €.",
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: k.maxKfzHaftpflicht,
      category: "POLICY",
      title: "Versicherungsschein Kfz – VW Golf M-MM 1984",
      fileName: "Versicherungsschein-Kfz-M-MM-1984.pdf",
      documentDate: day(2025, 11, 20),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Versicherungsschein Kraftfahrt",
        fields: [
          ["Versicherungsnehmer", MAX],
          ["Versicherer", "HUK-COBURG"],
          ["Versicherungsschein-Nr.", "KH-M-MM-1984-051"],
          ["Fahrzeug", "VW Golf 1.5 TSI, M-MM 1984"],
          ["Haftpflicht", "412,80 € jährlich (SF 12)"],
          ["Vollkasko", "389,20 € jährlich (SF 10)"],
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: k.maxKfzHaftpflicht,
      category: "INVOICE",
      title: "Beitragsrechnung Kfz 2026",
      fileName: "Beitragsrechnung-Kfz-2026.pdf",
      documentDate: day(2025, 12, 1),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Beitragsrechnung 2026",
        fields: [
          ["Versicherungsnehmer", MAX],
          ["Versicherungsschein-Nr.", "KH-M-MM-1984-051"],
          ["Zeitraum", "01.01.2026 – 31.12.2026"],
          ["Betrag", "802,00 €"],
          ["Zahlung", "SEPA-Lastschrift am 02.01.2026"],
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: k.maxLeben,
      category: "POLICY",
      title: "Versicherungsschein Risikolebensversicherung",
      fileName: "Versicherungsschein-Risikoleben.pdf",
      documentDate: day(2020, 11, 18),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Versicherungsschein Risikoleben",
        fields: [
          ["Versicherte Person", "Max Mustermann, geb. 12.03.1984"],
          ["Versicherer", "Alte Leipziger"],
          ["Versicherungsschein-Nr.", "RL-5301-884211"],
          ["Todesfallsumme", "250.000,00 €"],
          ["Ablauf", "01.12.2050"],
          ["Bezugsrecht", "Erika Mustermann"],
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: null,
      category: "BROKER_MANDATE",
      title: "Maklervertrag und Maklervollmacht",
      fileName: "Maklervertrag-Mustermann.pdf",
      documentDate: day(2020, 10, 5),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Maklervertrag",
        fields: [
          ["Auftraggeber", MAX],
          ["Makler", DEMO_NAME],
          ["Datum", "05.10.2020"],
        ],
        paragraphs: [
          "Der Auftraggeber beauftragt den Makler mit der Vermittlung und Betreuung seiner Versicherungsverträge und erteilt ihm hierzu Vollmacht gegenüber den Versicherern.",
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.max,
      contractId: null,
      category: "CORRESPONDENCE",
      title: "Gesprächsnotiz Jahresgespräch (intern)",
      fileName: "Gespraechsnotiz-intern.pdf",
      documentDate: day(2026, 10, 14),
      isVisibleToCustomer: false,
      pdf: {
        heading: "Gesprächsnotiz (intern)",
        fields: [
          ["Kunde", "Max Mustermann (K-10001)"],
          ["Berater", "Jonas Weber"],
          ["Datum", "14.10.2026"],
        ],
        paragraphs: [
          "Interne Notiz: Unfallangebot nachfassen, Pkw-Wechsel im Frühjahr vormerken. Nicht für den Kunden freigegeben.",
        ],
      },
    },
    {
      ...base,
      id: consentDocumentId,
      customerId: c.erika,
      contractId: null,
      category: "CONSENT",
      title: "Einwilligung Einsicht Familienordner (Erika → Max)",
      fileName: "Einwilligung-Familienordner.pdf",
      documentDate: day(2026, 2, 3),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Einwilligung zur Einsicht",
        fields: [
          ["Einwilligende", "Erika Mustermann, geb. 24.07.1986"],
          ["Berechtigter", "Max Mustermann, geb. 12.03.1984"],
          ["Datum", "03.02.2026"],
        ],
        paragraphs: [
          "Ich willige ein, dass Max Mustermann meine Verträge und Dokumente im Kundenportal einsehen darf. Die Einwilligung kann ich jederzeit widerrufen.",
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.erika,
      contractId: k.erikaBu,
      category: "POLICY",
      title: "Versicherungsschein Berufsunfähigkeit",
      fileName: "Versicherungsschein-BU.pdf",
      documentDate: day(2019, 8, 20),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Versicherungsschein Berufsunfähigkeit",
        fields: [
          ["Versicherte Person", "Erika Mustermann"],
          ["Versicherer", "Alte Leipziger"],
          ["Versicherungsschein-Nr.", "BU-5302-117734"],
          ["BU-Rente", "2.000,00 € monatlich"],
          ["Beitrag", "78,45 € monatlich"],
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.logistik,
      contractId: k.logistikFlotte,
      category: "POLICY",
      title: "Versicherungsschein Kfz-Flotte 2026",
      fileName: "Versicherungsschein-Flotte-2026.pdf",
      documentDate: day(2025, 12, 10),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Versicherungsschein Flottenversicherung",
        fields: [
          ["Versicherungsnehmer", "Muster Logistik AG, Industriestraße 5, 85748 Garching"],
          ["Versicherer", "Allianz"],
          ["Versicherungsschein-Nr.", "FL-70-556677"],
          ["Fahrzeuge", "14"],
          ["Jahresbeitrag", "28.640,00 €"],
        ],
      },
    },
    {
      ...base,
      id: uuidv7(),
      customerId: c.logistik,
      contractId: k.logistikDo,
      category: "POLICY",
      title: "Versicherungsschein D&O",
      fileName: "Versicherungsschein-DO.pdf",
      documentDate: day(2021, 12, 15),
      isVisibleToCustomer: true,
      pdf: {
        heading: "Versicherungsschein D&O",
        fields: [
          ["Versicherungsnehmer", "Muster Logistik AG"],
          ["Versicherer", "HDI"],
          ["Versicherungsschein-Nr.", "DO-01-2288731"],
          ["Versicherungssumme", "5.000.000,00 €"],
        ],
      },
    },
  ];

  return { documents, consentDocumentId };
}
