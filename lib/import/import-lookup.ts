// What the planner needs to know about the tenant's stored data, loaded in a few queries by
// lib/data/import/load-import-lookup.ts. Plain values only (decimals as "1234.50"), so planning
// runs and is tested without a database.
import type { CONTRACT_MODULES, CONTRACT_STATUSES, PAYMENT_FREQUENCIES, PAYMENT_METHODS } from "../validation/contract";

export type ExistingCustomer = {
  id: string;
  kind: "PERSON" | "COMPANY";
  customerNumber: string;
  salutation: string | null;
  title: string | null;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  legalForm: string | null;
  birthDate: Date | null;
  email: string | null;
  mobile: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
  advisorId: string | null;
  parentCompanyId: string | null;
  notes: string | null;
  /** GDPR restriction: the record must not be processed further. */
  restricted: boolean;
  /** False for an advisor limited to own customers when this customer is someone else's. */
  editable: boolean;
};

export type ExistingContract = {
  id: string;
  customerId: string;
  importKey: string | null;
  module: (typeof CONTRACT_MODULES)[number];
  status: (typeof CONTRACT_STATUSES)[number];
  lineId: string | null;
  insurerId: string | null;
  policyNumber: string | null;
  product: string | null;
  startDate: Date | null;
  endDate: Date | null;
  mainDueDay: number | null;
  mainDueMonth: number | null;
  noticePeriodMonths: number | null;
  sumInsured: string | null;
  grossPremium: string | null;
  paymentFrequency: (typeof PAYMENT_FREQUENCIES)[number] | null;
  paymentMethod: (typeof PAYMENT_METHODS)[number] | null;
  notes: string | null;
  isConfidential: boolean;
  cancelledAt: Date | null;
  /** Soft-deleted contracts keep their import key; the import does not bring them back. */
  deleted: boolean;
};

export type CatalogLookup = {
  /** insurerKey(name or short name) → id; the tenant's own entries win over the shared catalog */
  insurers: Map<string, string>;
  /** GDV code → id */
  linesByCode: Map<string, string>;
  /** token(name) and token(English name) → id */
  linesByName: Map<string, string>;
};

export type ImportLookup = CatalogLookup & {
  /** by customer number, only the numbers the file mentions */
  customers: Map<string, ExistingCustomer>;
  /** by import key "POLICYKEY|insurerId" */
  contractsByKey: Map<string, ExistingContract>;
  /** contracts entered by hand (no import key yet), by the same key, so an import adopts them */
  unkeyedContracts: Map<string, ExistingContract>;
  /** e-mail (lower case) → customers that use it */
  customerEmails: Map<string, { id: string; customerNumber: string }[]>;
  /** e-mail (lower case) → portal/staff accounts: the customer they belong to, null for staff */
  accountEmails: Map<string, (string | null)[]>;
};

/** The keys the planner will ask for; computed from the file before the lookup is loaded. */
export type LookupKeys = { customerNumbers: string[]; emails: string[]; importKeys: string[]; policyNumbers: string[] };
