import type { Prisma } from "../../db/generated/client";

/** Who the customer is: person or company and the name parts (customerDisplayName reads these). */
export const CUSTOMER_NAME_SELECT = {
  kind: true,
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
  companyName: true,
} as const satisfies Prisma.CustomerSelect;

/** How the customer is reached: e-mail, phones and postal address. */
export const CUSTOMER_CONTACT_SELECT = {
  email: true,
  mobile: true,
  phone: true,
  street: true,
  postalCode: true,
  city: true,
  country: true,
} as const satisfies Prisma.CustomerSelect;

/** The master-data columns the customer form edits; read by the customer page and the CSV import. */
export const CUSTOMER_MASTER_DATA_SELECT = {
  id: true,
  customerNumber: true,
  ...CUSTOMER_NAME_SELECT,
  legalForm: true,
  parentCompanyId: true,
  birthDate: true,
  ...CUSTOMER_CONTACT_SELECT,
  advisorId: true,
  notes: true,
} as const satisfies Prisma.CustomerSelect;

/** The default bank account first, then the oldest: the order every list of a customer's accounts uses. */
export const BANK_ACCOUNTS_DEFAULT_FIRST: Prisma.BankAccountOrderByWithRelationInput[] = [
  { isDefault: "desc" },
  { createdAt: "asc" },
];
