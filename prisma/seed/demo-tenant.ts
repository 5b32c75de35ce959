import type { Catalog } from "./catalog";
import { DEMO_PASSWORD } from "./demo-logins";
import { demoContracts } from "./demo-contracts";
import { demoCustomers } from "./demo-customers";
import { demoActivity } from "./demo-activity";
import { demoCompany } from "./demo-company";
import { demoDocuments } from "./demo-documents";
import { DEMO_NAME } from "./demo-tenant-name";
import { activeUser, domainVerificationToken, staffRoleRows } from "./plan-helpers";
import type { TenantPlan } from "./seed-plan";
import { uuidv7 } from "./uuid-v7";

export const DEMO_SLUG = "demo";

/** The main demo broker in Munich: three staff, seven customers, a household and a group of companies with its own portal accounts. */
export async function buildDemoPlan(catalog: Catalog): Promise<TenantPlan> {
  const tenantId = uuidv7();
  const roles = staffRoleRows(tenantId);

  const owner = await activeUser(
    {
      tenantId,
      kind: "STAFF",
      email: "inhaber@demo.example",
      firstName: "Andrea",
      lastName: "Becker",
      staffRoleId: roles.idOf("owner"),
      phone: "+4989123456710",
    },
    DEMO_PASSWORD,
  );
  const advisor = await activeUser(
    {
      tenantId,
      kind: "STAFF",
      email: "berater@demo.example",
      firstName: "Jonas",
      lastName: "Weber",
      staffRoleId: roles.idOf("advisor"),
      phone: "+4989123456720",
    },
    DEMO_PASSWORD,
  );
  const backoffice = await activeUser(
    {
      tenantId,
      kind: "STAFF",
      email: "innendienst@demo.example",
      firstName: "Lena",
      lastName: "Hoffmann",
      staffRoleId: roles.idOf("backoffice"),
      phone: "+4989123456730",
    },
    DEMO_PASSWORD,
  );

  const customers = await demoCustomers({ tenantId, advisorId: advisor.id, recordedById: backoffice.id });
  const contracts = demoContracts({ tenantId, catalog, customers: customers.ids, createdById: backoffice.id });
  const documents = demoDocuments({ tenantId, customers: customers.ids, contracts: contracts.ids, uploadedById: backoffice.id });
  const company = await demoCompany({
    tenantId,
    customers: customers.ids,
    contacts: customers.contactIds,
    contracts: contracts.ids,
    grantedById: advisor.id,
    uploadedById: backoffice.id,
    advisorId: advisor.id,
  });
  const activity = demoActivity({
    tenantId,
    maxCustomerId: customers.ids.max,
    maxAccountId: customers.accounts[0]!.id,
    hausratContractId: contracts.ids.maxHausrat,
    advisorId: advisor.id,
  });

  return {
    tenant: {
      id: tenantId,
      slug: DEMO_SLUG,
      name: DEMO_NAME,
      legalName: DEMO_NAME,
      locale: "de_DE",
      currency: "EUR",
      primaryColor: "#1d4ed8",
      secondaryColor: "#0f766e",
      textColor: "#0f172a",
      loginText:
        "Willkommen in Ihrem digitalen Versicherungsordner. Alle Verträge, Dokumente und Ihr direkter Draht zu uns – an einem Ort.",
      imprintHtml: [
        "<p><strong>Muster Versicherungsmakler GmbH</strong><br>Leopoldstraße 100<br>80802 München</p>",
        "<p>Geschäftsführerin: Andrea Becker<br>Registergericht: Amtsgericht München, HRB 000000 (Beispiel)</p>",
        "<p>Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO, erteilt durch die IHK für München und Oberbayern.<br>",
        "Vermittlerregister: D-XXXX-XXXXX-XX (Beispiel), einsehbar unter www.vermittlerregister.info</p>",
        "<p>Schlichtungsstellen: Versicherungsombudsmann e.V., Postfach 08 06 32, 10006 Berlin; Ombudsmann Private Kranken- und Pflegeversicherung, Postfach 06 02 22, 10052 Berlin</p>",
      ].join(""),
      privacyHtml:
        "<p>Wir verarbeiten Ihre Daten ausschließlich zur Betreuung Ihrer Versicherungsverträge (Art. 6 Abs. 1 lit. b DSGVO). Gesundheitsdaten nur mit Ihrer Einwilligung (Art. 9 Abs. 2 lit. a DSGVO).</p>",
      emailSenderName: "Muster Versicherungsmakler",
      emailSignatureHtml:
        "<p>Mit freundlichen Grüßen<br>Ihr Team der Muster Versicherungsmakler GmbH<br>Telefon 089 1234567-0</p>",
      contactEmail: "service@muster-makler.example",
      contactPhone: "+49 89 1234567-0",
      street: "Leopoldstraße 100",
      postalCode: "80802",
      city: "München",
      country: "DE",
      officeHours: "Mo–Do 9:00–17:00 Uhr, Fr 9:00–14:00 Uhr",
      customer2faPolicy: "OPTIONAL",
    },
    staffRoles: roles.rows,
    staffUsers: [owner, advisor, backoffice],
    households: customers.households,
    customers: customers.customers,
    contactPersons: [...customers.contactPersons, ...company.contactPersons],
    customerUsers: [...customers.accounts, ...company.accounts],
    companyUserRoles: company.companyUserRoles,
    consents: customers.consents(documents.consentDocumentId),
    releases: customers.releases,
    bankAccounts: customers.bankAccounts,
    contracts: contracts.contracts,
    insuredObjects: contracts.insuredObjects,
    documents: [...documents.documents, ...company.documents],
    premiumInvoices: company.premiumInvoices,
    ...activity,
    claims: [...activity.claims, ...company.claims],
    claimEvents: [...activity.claimEvents, ...company.claimEvents],
    // No custom domain is needed (demo.localhost works); this one shows the verification flow.
    domains: [
      {
        id: uuidv7(),
        tenantId,
        host: "portal.muster-makler.example",
        status: "PENDING",
        verificationToken: domainVerificationToken(),
        isPrimary: false,
        // the worker looks for the DNS records right away, like for a domain added in the settings
        nextCheckAt: new Date(),
      },
    ],
  };
}
