// The target fields a CSV column can be mapped to. Customer fields keep the names of the customer
// form (lib/validation/customer.ts) so its messages point at the same field; contract rows may
// carry customer columns too, so a missing customer is created from the contract row.
export const IMPORT_KINDS = ["customers", "contracts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const CUSTOMER_FIELDS = [
  "customerNumber",
  "salutation",
  "title",
  "firstName",
  "lastName",
  "companyName",
  "legalForm",
  "birthDate",
  "email",
  "mobile",
  "phone",
  "street",
  "postalCode",
  "city",
  "country",
] as const;

export const CONTRACT_FIELDS = [
  "policyNumber",
  "insurer",
  "line",
  "product",
  "status",
  "module",
  "startDate",
  "endDate",
  "mainDue",
  "sumInsured",
  "grossPremium",
  "paymentFrequency",
  "paymentMethod",
] as const;

export type CustomerField = (typeof CUSTOMER_FIELDS)[number];
export type ContractField = (typeof CONTRACT_FIELDS)[number];
export type ImportField = CustomerField | ContractField;

export const ALL_IMPORT_FIELDS: readonly ImportField[] = [...CUSTOMER_FIELDS, ...CONTRACT_FIELDS];

export const REQUIRED_FIELDS: Record<ImportKind, readonly ImportField[]> = {
  customers: ["customerNumber"],
  contracts: ["customerNumber", "policyNumber", "insurer"],
};

/** Fields a role that hides financial figures or expiry dates may not import (it could not check them). */
export const FINANCIAL_FIELDS: readonly ImportField[] = ["sumInsured", "grossPremium"];
export const EXPIRY_FIELDS: readonly ImportField[] = ["endDate"];

export type HiddenFieldFlags = { hideFinancials: boolean; hideExpiryDates: boolean };

/** The fields of this kind the actor may map, in the order the mapping select lists them. */
export function fieldsFor(kind: ImportKind, hidden: HiddenFieldFlags): ImportField[] {
  const fields: readonly ImportField[] = kind === "customers" ? CUSTOMER_FIELDS : ALL_IMPORT_FIELDS;
  return fields.filter(
    (f) => !(hidden.hideFinancials && FINANCIAL_FIELDS.includes(f)) && !(hidden.hideExpiryDates && EXPIRY_FIELDS.includes(f)),
  );
}

export function isCustomerField(field: ImportField): field is CustomerField {
  return (CUSTOMER_FIELDS as readonly string[]).includes(field);
}
