import type { Prisma } from "@/lib/db/generated/client";

export type PdfSpec = {
  heading: string;
  /** label/value rows printed as a table */
  fields: [string, string][];
  paragraphs?: string[];
};

export type DocumentSeed = Omit<Prisma.DocumentCreateManyInput, "sizeBytes" | "sha256" | "storageKey" | "contentType"> & {
  customerId: string;
  pdf: PdfSpec;
};

/** Everything one tenant's demo data needs, with ids assigned up front. Written in one transaction. */
export type TenantPlan = {
  tenant: Prisma.TenantCreateManyInput & { id: string };
  staffRoles: Prisma.StaffRoleCreateManyInput[];
  /** staff users first (customers reference advisors), customer accounts after customers */
  staffUsers: Prisma.UserCreateManyInput[];
  households: Prisma.HouseholdCreateManyInput[];
  /** in insert order: parents before subsidiaries */
  customers: Prisma.CustomerCreateManyInput[];
  contactPersons: Prisma.ContactPersonCreateManyInput[];
  customerUsers: Prisma.UserCreateManyInput[];
  /** company role sets of the customer accounts above */
  companyUserRoles?: Prisma.CompanyUserRoleCreateManyInput[];
  consents: Prisma.HouseholdConsentCreateManyInput[];
  releases: Prisma.ModuleReleaseCreateManyInput[];
  bankAccounts: Prisma.BankAccountCreateManyInput[];
  contracts: Prisma.ContractCreateManyInput[];
  insuredObjects: Prisma.InsuredObjectCreateManyInput[];
  documents: DocumentSeed[];
  /** after the documents: each invoice's PDF is one of them */
  premiumInvoices?: Prisma.PremiumInvoiceCreateManyInput[];
  /** the broker's logo as SVG, stored as PNG like an upload (prisma/seed/demo-logo.ts) */
  logoSvg?: string;
  domains: Prisma.DomainCreateManyInput[];
  claims?: Prisma.ClaimCreateManyInput[];
  claimEvents?: Prisma.ClaimEventCreateManyInput[];
  notifications?: Prisma.NotificationCreateManyInput[];
  tickets?: Prisma.TicketCreateManyInput[];
  ticketMessages?: Prisma.TicketMessageCreateManyInput[];
  ticketEvents?: Prisma.TicketEventCreateManyInput[];
  ticketReads?: Prisma.TicketReadCreateManyInput[];
  /** the last ticket number handed out (Tenant.ticketSeq) */
  ticketSeq?: number;
};

/** A calendar date for @db.Date columns (UTC midnight, so no time zone shifts the day). */
export function day(year: number, month: number, date: number): Date {
  return new Date(Date.UTC(year, month - 1, date));
}
