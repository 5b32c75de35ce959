import type { Prisma } from "@/lib/db/generated/client";
import type { DemoContractKey } from "./demo-contracts";
import type { DemoContactIds, DemoCustomerIds } from "./demo-customers";
import { DEMO_PASSWORD } from "./demo-logins";
import { activeUser } from "./plan-helpers";
import { day, type DocumentSeed } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

const LOGISTIK = "Muster Logistik AG, Industriestraße 5, 85748 Garching";
const TRANSPORT = "Muster Logistik Transport GmbH, Industriestraße 7, 85748 Garching";
const PHONE_VERIFIED_AT = new Date(Date.UTC(2026, 0, 15, 9, 5));

type InvoiceSpec = {
  number: string;
  customerId: string;
  contractId: string;
  /** shown on the PDF */
  holder: string;
  contractLabel: string;
  policyNumber: string;
  amount: string;
  amountText: string;
  period: [Date, Date];
  dueDate: Date;
  status: "OPEN" | "PAID";
  issuedOn: Date;
};

/**
 * The company portal of Muster Logistik AG: Laura Becker runs its accounts (user manager, granted by
 * the broker), Stefan Krüger sees everything incl. the subsidiary; premium invoices with PDFs for the
 * fleet, liability, D&O (confidential) and the subsidiary's contract; a parking damage on the fleet.
 */
export async function demoCompany(ctx: {
  tenantId: string;
  customers: DemoCustomerIds;
  contacts: DemoContactIds;
  contracts: Record<DemoContractKey, string>;
  /** the broker's staff member who granted the company roles */
  grantedById: string;
  uploadedById: string;
  advisorId: string;
}) {
  const { tenantId, customers: c, contracts: k } = ctx;

  const lauraContactId = uuidv7();
  const contactPersons: Prisma.ContactPersonCreateManyInput[] = [
    {
      id: lauraContactId,
      tenantId,
      customerId: c.logistik,
      firstName: "Laura",
      lastName: "Becker",
      position: "Portalverantwortliche",
      email: "firma@demo.example",
      businessPhone: "+49893200130",
      mobile: "+491761230130",
    },
  ];

  const laura = await activeUser(
    {
      tenantId,
      kind: "CUSTOMER",
      email: "firma@demo.example",
      firstName: "Laura",
      lastName: "Becker",
      customerId: c.logistik,
      contactPersonId: lauraContactId,
      phone: "+491761230130",
      phoneVerifiedAt: PHONE_VERIFIED_AT,
    },
    DEMO_PASSWORD,
  );
  const krueger = await activeUser(
    {
      tenantId,
      kind: "CUSTOMER",
      email: "cfo@demo.example",
      firstName: "Stefan",
      lastName: "Krüger",
      customerId: c.logistik,
      contactPersonId: ctx.contacts.krueger,
      phone: "+491701234110",
      phoneVerifiedAt: PHONE_VERIFIED_AT,
    },
    DEMO_PASSWORD,
  );
  const granted = { tenantId, grantedBy: "BROKER" as const, grantedById: ctx.grantedById };
  const companyUserRoles: Prisma.CompanyUserRoleCreateManyInput[] = [
    { ...granted, userId: laura.id, role: "USER_MANAGER" },
    { ...granted, userId: krueger.id, role: "FULL_ACCESS" },
    { ...granted, userId: krueger.id, role: "GROUP_MANAGER" },
  ];

  const invoiceSpecs: InvoiceSpec[] = [
    {
      number: "PR-2026-0001",
      customerId: c.logistik,
      contractId: k.logistikFlotte,
      holder: LOGISTIK,
      contractLabel: "Kfz-Flottenversicherung",
      policyNumber: "FL-70-556677",
      amount: "7160.00",
      amountText: "7.160,00 €",
      period: [day(2026, 10, 1), day(2026, 12, 31)],
      dueDate: day(2026, 10, 1),
      status: "PAID",
      issuedOn: day(2026, 9, 1),
    },
    {
      number: "PR-2026-0002",
      customerId: c.logistik,
      contractId: k.logistikFlotte,
      holder: LOGISTIK,
      contractLabel: "Kfz-Flottenversicherung",
      policyNumber: "FL-70-556677",
      amount: "7160.00",
      amountText: "7.160,00 €",
      period: [day(2027, 1, 1), day(2027, 3, 31)],
      dueDate: day(2027, 1, 1),
      status: "OPEN",
      issuedOn: day(2026, 11, 20),
    },
    {
      number: "PR-2026-0003",
      customerId: c.logistik,
      contractId: k.logistikBhv,
      holder: LOGISTIK,
      contractLabel: "Betriebshaftpflicht Spedition und Lager",
      policyNumber: "BHV 400 902 331",
      amount: "780.00",
      amountText: "780,00 €",
      period: [day(2027, 1, 1), day(2027, 3, 31)],
      dueDate: day(2027, 1, 1),
      status: "OPEN",
      issuedOn: day(2026, 11, 20),
    },
    {
      number: "PR-2026-0004",
      customerId: c.logistik,
      contractId: k.logistikDo,
      holder: LOGISTIK,
      contractLabel: "D&O-Versicherung Vorstand und Aufsichtsrat",
      policyNumber: "DO-01-2288731",
      amount: "4850.00",
      amountText: "4.850,00 €",
      period: [day(2027, 1, 1), day(2027, 12, 31)],
      dueDate: day(2027, 1, 1),
      status: "OPEN",
      issuedOn: day(2026, 11, 20),
    },
    {
      number: "PR-2026-0005",
      customerId: c.transport,
      contractId: k.transportVerkehrshaftung,
      holder: TRANSPORT,
      contractLabel: "Verkehrshaftungsversicherung (HGB/CMR)",
      policyNumber: "VH 3320 117 55",
      amount: "6200.00",
      amountText: "6.200,00 €",
      period: [day(2027, 1, 1), day(2027, 12, 31)],
      dueDate: day(2027, 1, 1),
      status: "OPEN",
      issuedOn: day(2026, 11, 20),
    },
  ];

  const documents: DocumentSeed[] = [];
  const premiumInvoices: Prisma.PremiumInvoiceCreateManyInput[] = [];
  for (const spec of invoiceSpecs) {
    const documentId = uuidv7();
    // The PDF is a document of category INVOICE on the same contract, so the document rules cover it.
    documents.push({
      id: documentId,
      tenantId,
      uploadedById: ctx.uploadedById,
      origin: "BROKER",
      scanState: "CLEAN",
      customerId: spec.customerId,
      contractId: spec.contractId,
      category: "INVOICE",
      title: `Beitragsrechnung ${spec.number} – ${spec.contractLabel}`,
      fileName: `Beitragsrechnung-${spec.number}.pdf`,
      documentDate: spec.issuedOn,
      isVisibleToCustomer: true,
      pdf: {
        heading: "Beitragsrechnung",
        fields: [
          ["Rechnungsnummer", spec.number],
          ["Versicherungsnehmer", spec.holder],
          ["Vertrag", spec.contractLabel],
          ["Versicherungsschein-Nr.", spec.policyNumber],
          ["Zeitraum", `${germanDate(spec.period[0])} – ${germanDate(spec.period[1])}`],
          ["Betrag", spec.amountText],
          ["Fällig am", germanDate(spec.dueDate)],
        ],
        paragraphs: [
          "Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer bis zum Fälligkeitstag auf das Konto des Versicherers.",
        ],
      },
    });
    premiumInvoices.push({
      id: uuidv7(),
      tenantId,
      customerId: spec.customerId,
      contractId: spec.contractId,
      number: spec.number,
      amount: spec.amount,
      currency: "EUR",
      periodStart: spec.period[0],
      periodEnd: spec.period[1],
      dueDate: spec.dueDate,
      status: spec.status,
      documentId,
      createdAt: new Date(spec.issuedOn.getTime() + 9 * 3600_000),
    });
  }

  // Reported by phone by the fleet manager (no portal account), recorded by the office.
  const claimId = uuidv7();
  const reported = new Date(Date.UTC(2026, 10, 11, 7, 45));
  const forwarded = new Date(Date.UTC(2026, 10, 11, 13, 20));
  const claims: Prisma.ClaimCreateManyInput[] = [
    {
      id: claimId,
      tenantId,
      customerId: c.logistik,
      contractId: k.logistikFlotte,
      occurredOn: day(2026, 11, 10),
      description:
        "Parkschaden Sattelzug M-LG 101: Beim Rangieren auf dem Betriebshof in Garching wurde ein geparkter Pkw eines Besuchers an der Fahrertür beschädigt. Fotos liegen vor, Meldung durch Herrn Braun (Fuhrparkleitung).",
      status: "IN_PROGRESS",
      reportedById: ctx.uploadedById,
      createdAt: reported,
    },
  ];
  const claimEvents: Prisma.ClaimEventCreateManyInput[] = [
    { tenantId, claimId, status: "REPORTED", actorUserId: ctx.uploadedById, createdAt: reported },
    {
      tenantId,
      claimId,
      status: "IN_PROGRESS",
      note: "Der Schaden ist bei der Allianz gemeldet. Der Gutachter meldet sich direkt beim Geschädigten.",
      actorUserId: ctx.advisorId,
      createdAt: forwarded,
    },
  ];

  return { contactPersons, accounts: [laura, krueger], companyUserRoles, documents, premiumInvoices, claims, claimEvents };
}

function germanDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}.${mm}.${date.getUTCFullYear()}`;
}
