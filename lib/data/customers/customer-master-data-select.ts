import type { Prisma } from "../../db/generated/client";

/** The master-data columns the customer form edits; read by the customer page and the CSV import. */
export const CUSTOMER_MASTER_DATA_SELECT = {
  id: true,
  kind: true,
  customerNumber: true,
  salutation: true,
  title: true,
  firstName: true,
  lastName: true,
  companyName: true,
  legalForm: true,
  parentCompanyId: true,
  birthDate: true,
  email: true,
  mobile: true,
  phone: true,
  street: true,
  postalCode: true,
  city: true,
  country: true,
  advisorId: true,
  notes: true,
} as const satisfies Prisma.CustomerSelect;
