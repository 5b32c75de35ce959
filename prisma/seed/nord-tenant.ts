import type { Catalog } from "./catalog";
import { DEMO_PASSWORD } from "./demo-logins";
import { NORD_LOGO_SVG } from "./demo-logo";
import { activeUser, releaseRows, staffRoleRows } from "./plan-helpers";
import { day, type TenantPlan } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

export const NORD_SLUG = "nord";
const NORD_NAME = "Nordlicht Assekuranz GmbH";

/** A second, small broker in Hamburg: proves tenant isolation and per-tenant branding. */
export async function buildNordPlan(catalog: Catalog): Promise<TenantPlan> {
  const tenantId = uuidv7();
  const roles = staffRoleRows(tenantId);
  const owner = await activeUser(
    {
      tenantId,
      kind: "STAFF",
      email: "inhaber@nord.example",
      firstName: "Hauke",
      lastName: "Petersen",
      staffRoleId: roles.idOf("owner"),
      phone: "+4940987654310",
    },
    DEMO_PASSWORD,
  );
  const customerId = uuidv7();
  const account = await activeUser(
    {
      tenantId,
      kind: "CUSTOMER",
      email: "kunde@nord.example",
      firstName: "Jana",
      lastName: "Hansen",
      customerId,
      phone: "+491761234987",
    },
    DEMO_PASSWORD,
  );
  const hausratId = uuidv7();
  const kfzId = uuidv7();

  return {
    tenant: {
      id: tenantId,
      slug: NORD_SLUG,
      name: NORD_NAME,
      legalName: NORD_NAME,
      primaryColor: "#0f766e",
      secondaryColor: "#0e7490",
      textColor: "#042f2e",
      loginText: "Moin! Ihre Versicherungen bei Nordlicht – jederzeit im Blick.",
      imprintHtml:
        "<p><strong>Nordlicht Assekuranz GmbH</strong><br>Große Elbstraße 45<br>22767 Hamburg</p><p>Geschäftsführer: Hauke Petersen<br>Registergericht: Amtsgericht Hamburg, HRB 000000 (Beispiel)<br>Versicherungsmakler nach § 34d Abs. 1 GewO, Vermittlerregister D-XXXX-XXXXX-XX (Beispiel)</p>",
      emailSenderName: "Nordlicht Assekuranz",
      emailSignatureHtml: "<p>Beste Grüße aus Hamburg<br>Ihr Nordlicht-Team</p>",
      contactEmail: "moin@nordlicht-assekuranz.example",
      contactPhone: "+49 40 9876543-0",
      street: "Große Elbstraße 45",
      postalCode: "22767",
      city: "Hamburg",
      officeHours: "Mo–Fr 8:30–16:30 Uhr",
    },
    staffRoles: roles.rows,
    staffUsers: [owner],
    households: [],
    customers: [
      {
        id: customerId,
        tenantId,
        kind: "PERSON",
        customerNumber: "K-20001",
        salutation: "Frau",
        firstName: "Jana",
        lastName: "Hansen",
        birthDate: day(1990, 4, 9),
        email: "kunde@nord.example",
        mobile: "+491761234987",
        street: "Holstenstraße 88",
        postalCode: "24103",
        city: "Kiel",
        advisorId: owner.id,
      },
    ],
    contactPersons: [],
    customerUsers: [account],
    consents: [],
    releases: releaseRows(tenantId, customerId, { INSURANCE: "READ", PROFILE: "READ", COMMUNICATION: "WRITE" }),
    bankAccounts: [],
    contracts: [
      {
        id: hausratId,
        tenantId,
        customerId,
        lineId: catalog.line("130"),
        insurerId: catalog.insurer("VHV"),
        policyNumber: "HR 0099 2123 44",
        product: "Hausrat Exklusiv",
        status: "ACTIVE",
        startDate: day(2024, 8, 1),
        mainDueMonth: 8,
        mainDueDay: 1,
        noticePeriodMonths: 3,
        sumInsured: "45000.00",
        grossPremium: "96.00",
        paymentFrequency: "YEARLY",
        paymentMethod: "SEPA_DIRECT_DEBIT",
        createdById: owner.id,
      },
      {
        id: kfzId,
        tenantId,
        customerId,
        lineId: catalog.line("051"),
        insurerId: catalog.insurer("LVM"),
        policyNumber: "KH-KI-JH-90",
        product: "Kfz-Haftpflicht – Skoda Fabia (KI-JH 90)",
        status: "ACTIVE",
        startDate: day(2023, 1, 1),
        mainDueMonth: 1,
        mainDueDay: 1,
        noticePeriodMonths: 1,
        grossPremium: "48.20",
        paymentFrequency: "QUARTERLY",
        paymentMethod: "SEPA_DIRECT_DEBIT",
        createdById: owner.id,
      },
    ],
    insuredObjects: [],
    documents: [
      {
        id: uuidv7(),
        tenantId,
        customerId,
        contractId: hausratId,
        category: "POLICY",
        title: "Versicherungsschein Hausrat",
        fileName: "Versicherungsschein-Hausrat-Nordlicht.pdf",
        documentDate: day(2024, 7, 20),
        isVisibleToCustomer: true,
        uploadedById: owner.id,
        scanState: "CLEAN",
        pdf: {
          heading: "Versicherungsschein Hausrat",
          fields: [
            ["Versicherungsnehmerin", "Jana Hansen, Holstenstraße 88, 24103 Kiel"],
            ["Versicherer", "VHV"],
            ["Versicherungsschein-Nr.", "HR 0099 2123 44"],
            ["Versicherungssumme", "45.000,00 €"],
            ["Beitrag", "96,00 € jährlich"],
          ],
        },
      },
    ],
    domains: [],
    logoSvg: NORD_LOGO_SVG,
  };
}
