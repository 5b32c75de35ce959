import type { Prisma } from "@/lib/db/generated/client";
import { DEMO_PASSWORD } from "./demo-logins";
import { activeUser, releaseRows } from "./plan-helpers";
import { day } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

/** Contact persons other seed parts refer to (company accounts hang off them). */
export type DemoContactIds = { krueger: string; schulz: string; braun: string; neumann: string };

export type DemoCustomerIds = {
  max: string;
  erika: string;
  sophie: string;
  logistik: string;
  transport: string;
  hans: string;
  claudia: string;
};

/**
 * Customers of the Munich demo broker: the Mustermann household (Max has the portal login, Erika
 * lets him see her folder), an unrelated private customer, a group of companies (AG with a GmbH
 * subsidiary) and two customers without an account.
 */
export async function demoCustomers(ctx: { tenantId: string; advisorId: string; recordedById: string }) {
  const { tenantId, advisorId } = ctx;
  const ids: DemoCustomerIds = {
    max: uuidv7(),
    erika: uuidv7(),
    sophie: uuidv7(),
    logistik: uuidv7(),
    transport: uuidv7(),
    hans: uuidv7(),
    claudia: uuidv7(),
  };
  const contactIds: DemoContactIds = { krueger: uuidv7(), schulz: uuidv7(), braun: uuidv7(), neumann: uuidv7() };
  const householdId = uuidv7();
  const munich = { street: "Musterstraße 12", postalCode: "80331", city: "München", country: "DE" };

  const customers: Prisma.CustomerCreateManyInput[] = [
    {
      id: ids.max,
      tenantId,
      kind: "PERSON",
      customerNumber: "K-10001",
      salutation: "Herr",
      firstName: "Max",
      lastName: "Mustermann",
      birthDate: day(1984, 3, 12),
      email: "kunde@demo.example",
      mobile: "+491511234567",
      phone: "+49891234001",
      ...munich,
      advisorId,
      householdId,
      notes: "Bevorzugt Kontakt per E-Mail. Pkw-Wechsel für Frühjahr 2027 geplant.",
    },
    {
      id: ids.erika,
      tenantId,
      kind: "PERSON",
      customerNumber: "K-10002",
      salutation: "Frau",
      firstName: "Erika",
      lastName: "Mustermann",
      birthDate: day(1986, 7, 24),
      email: "erika.mustermann@demo.example",
      mobile: "+491609876543",
      ...munich,
      advisorId,
      householdId,
    },
    {
      id: ids.sophie,
      tenantId,
      kind: "PERSON",
      customerNumber: "K-10003",
      salutation: "Frau",
      firstName: "Sophie",
      lastName: "Wagner",
      birthDate: day(1995, 11, 2),
      email: "sophie.wagner@demo.example",
      mobile: "+491725551234",
      street: "Maximilianstraße 41",
      postalCode: "86150",
      city: "Augsburg",
      country: "DE",
      advisorId,
    },
    {
      id: ids.logistik,
      tenantId,
      kind: "COMPANY",
      customerNumber: "K-10004",
      companyName: "Muster Logistik AG",
      legalForm: "AG",
      email: "versicherungen@muster-logistik.example",
      phone: "+49893200100",
      street: "Industriestraße 5",
      postalCode: "85748",
      city: "Garching bei München",
      country: "DE",
      advisorId,
      notes: "Gruppenvertrag bAV seit 2019. Jahresgespräch Fuhrpark jeweils im Oktober.",
      // the role sets the company's user manager may hand out; full access stays with the broker
      companyRolesAllowed: ["OCCUPATIONAL_PENSION", "PERSONAL_LINES", "FLEET_MANAGER", "OTHER_LINES", "GROUP_MANAGER"],
    },
    {
      id: ids.hans,
      tenantId,
      kind: "PERSON",
      customerNumber: "K-10006",
      salutation: "Herr",
      firstName: "Hans",
      lastName: "Meier",
      birthDate: day(1958, 1, 30),
      phone: "+49803112345",
      street: "Am Kirchberg 3",
      postalCode: "83022",
      city: "Rosenheim",
      country: "DE",
    },
    {
      id: ids.claudia,
      tenantId,
      kind: "PERSON",
      customerNumber: "K-10007",
      salutation: "Frau",
      title: "Dr.",
      firstName: "Claudia",
      lastName: "Richter",
      birthDate: day(1979, 5, 18),
      email: "praxis.richter@demo.example",
      phone: "+49911223344",
      street: "Königstraße 22",
      postalCode: "90402",
      city: "Nürnberg",
      country: "DE",
      notes: "Selbstständige Zahnärztin, Praxisgründung 2021.",
    },
  ];
  // Subsidiaries after their parent: the self-reference must point at an existing row.
  const subsidiaries: Prisma.CustomerCreateManyInput[] = [
    {
      id: ids.transport,
      tenantId,
      kind: "COMPANY",
      customerNumber: "K-10005",
      companyName: "Muster Logistik Transport GmbH",
      legalForm: "GmbH",
      email: "dispo@muster-logistik.example",
      phone: "+49893200200",
      street: "Industriestraße 7",
      postalCode: "85748",
      city: "Garching bei München",
      country: "DE",
      advisorId,
      parentCompanyId: ids.logistik,
    },
  ];

  const contactPersons: Prisma.ContactPersonCreateManyInput[] = [
    {
      id: contactIds.krueger,
      tenantId,
      customerId: ids.logistik,
      firstName: "Stefan",
      lastName: "Krüger",
      position: "Vorstand Finanzen",
      // the address of his portal account (prisma/seed/demo-company.ts)
      email: "cfo@demo.example",
      businessPhone: "+49893200110",
      mobile: "+491701234110",
    },
    {
      id: contactIds.schulz,
      tenantId,
      customerId: ids.logistik,
      firstName: "Julia",
      lastName: "Schulz",
      position: "Leitung Personal (bAV)",
      email: "j.schulz@muster-logistik.example",
      businessPhone: "+49893200120",
    },
    {
      id: contactIds.braun,
      tenantId,
      customerId: ids.logistik,
      firstName: "Markus",
      lastName: "Braun",
      position: "Fuhrparkleitung",
      email: "m.braun@muster-logistik.example",
      mobile: "+491701234321",
    },
    {
      id: contactIds.neumann,
      tenantId,
      customerId: ids.transport,
      firstName: "Petra",
      lastName: "Neumann",
      position: "Geschäftsführerin",
      email: "p.neumann@muster-logistik.example",
      businessPhone: "+49893200210",
    },
  ];

  const maxAccount = await activeUser(
    {
      tenantId,
      kind: "CUSTOMER",
      email: "kunde@demo.example",
      firstName: "Max",
      lastName: "Mustermann",
      customerId: ids.max,
      phone: "+491511234567",
      phoneVerifiedAt: new Date(Date.UTC(2026, 0, 15, 9, 5)),
    },
    DEMO_PASSWORD,
  );

  return {
    ids,
    contactIds,
    households: [{ id: householdId, tenantId, name: "Familie Mustermann" }] satisfies Prisma.HouseholdCreateManyInput[],
    customers: [...customers, ...subsidiaries],
    contactPersons,
    accounts: [maxAccount],
    /** Erika lets Max see her folder; the signed form is one of her documents. */
    consents: (documentId: string | null): Prisma.HouseholdConsentCreateManyInput[] => [
      {
        tenantId,
        householdId,
        grantorCustomerId: ids.erika,
        granteeCustomerId: ids.max,
        grantedAt: new Date(Date.UTC(2026, 1, 3, 10, 30)),
        documentId,
        recordedById: ctx.recordedById,
      },
    ],
    releases: [
      // Max may add own contracts under "Sonstige Verträge", request profile changes and report claims;
      // his finance contract stays hidden (the demo of a module the broker has not released)
      ...releaseRows(tenantId, ids.max, {
        INSURANCE: "READ",
        OTHER_CONTRACTS: "WRITE",
        PROFILE: "WRITE",
        COMMUNICATION: "WRITE",
        CLAIMS: "WRITE",
      }),
      ...releaseRows(tenantId, ids.erika, { INSURANCE: "READ", PROFILE: "READ", COMMUNICATION: "WRITE" }),
      ...releaseRows(tenantId, ids.logistik, {
        INSURANCE: "READ",
        PROFILE: "READ",
        COMMUNICATION: "WRITE",
        CLAIMS: "WRITE",
        INVOICES: "READ",
      }),
      // the subsidiary's own releases govern what a group manager of the AG sees of it
      ...releaseRows(tenantId, ids.transport, { INSURANCE: "READ", INVOICES: "READ", CLAIMS: "READ" }),
    ],
    bankAccounts: [
      // DE89 3704 0044 0532 0130 00 is the well-known documentation IBAN, never a real account.
      {
        tenantId,
        customerId: ids.max,
        holder: "Max Mustermann",
        iban: "DE89370400440532013000",
        bic: "COBADEFFXXX",
        isDefault: true,
      },
      {
        tenantId,
        customerId: ids.logistik,
        holder: "Muster Logistik AG",
        iban: "DE02120300000000202051",
        bic: "BYLADEM1001",
        isDefault: true,
      },
    ] satisfies Prisma.BankAccountCreateManyInput[],
  };
}
