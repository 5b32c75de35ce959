import { customerRecordData } from "../data/customers/customer-record-data";
import type { MessageKey, Msg } from "../i18n/message-key";
import { customerInput, type CustomerInput } from "../validation/customer";
import type { MappedRow } from "./column-mapping";
import type { ExistingCustomer } from "./import-lookup";
import { CUSTOMER_FIELDS, type CustomerField } from "./import-fields";
import { country, internationalPhone, isoDate, salutation } from "./parse-values";

export type CustomerRecord = ReturnType<typeof customerRecordData>;
export type FieldProblem = { field: CustomerField | null; message: Msg };

type TextField = "title" | "firstName" | "lastName" | "companyName" | "legalForm" | "email" | "street" | "postalCode" | "city";

const CUSTOMER_VALUE_FIELDS = CUSTOMER_FIELDS.filter((f) => f !== "customerNumber");

/** Whether a row says anything about the customer beyond the number (contract files may not). */
export function hasCustomerData(row: MappedRow): boolean {
  return CUSTOMER_VALUE_FIELDS.some((f) => row[f] !== undefined);
}

/**
 * The customer record a row describes, checked with the customer form's own schema. For a stored
 * customer the row is laid over the stored values — an empty cell never erases anything — and the
 * kind (person or company) stays as it is; a new customer is a company when it has only a company name.
 */
export function customerFromRow(
  row: MappedRow,
  customerNumber: string,
  existing: ExistingCustomer | null,
  defaultCountry: string,
): { ok: true; record: CustomerRecord } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const parsedOr = <T>(field: CustomerField, parse: (raw: string) => T | null, message: MessageKey): T | undefined => {
    const raw = row[field];
    if (raw === undefined) return undefined;
    const value = parse(raw);
    if (value === null) problems.push({ field, message });
    return value ?? undefined;
  };
  const countryCode = parsedOr("country", country, "import.errors.countryUnknown") ?? existing?.country ?? defaultCountry;
  const phone = (field: "mobile" | "phone") =>
    row[field] !== undefined ? internationalPhone(row[field], countryCode) : (existing?.[field] ?? "");
  const stored = (field: TextField) => row[field] ?? existing?.[field] ?? "";

  const kind = existing?.kind ?? (row.companyName && !row.firstName && !row.lastName ? "COMPANY" : "PERSON");
  const common = {
    customerNumber,
    email: stored("email"),
    mobile: phone("mobile"),
    phone: phone("phone"),
    street: stored("street"),
    postalCode: stored("postalCode"),
    city: stored("city"),
    // a stored code the form no longer offers is reported by the schema
    country: countryCode as CustomerInput["country"],
    advisorId: existing?.advisorId ?? "",
    notes: existing?.notes ?? "",
    // the similar-person check of the form asks the broker; the customer number identifies here
    confirmSimilar: true,
  };
  const input: CustomerInput =
    kind === "PERSON"
      ? {
          kind,
          ...common,
          salutation: (parsedOr("salutation", salutation, "import.errors.salutationUnknown") ??
            existing?.salutation ??
            "") as Extract<CustomerInput, { kind: "PERSON" }>["salutation"],
          title: stored("title"),
          firstName: stored("firstName"),
          lastName: stored("lastName"),
          birthDate:
            parsedOr("birthDate", isoDate, "import.errors.dateFormat") ??
            (row.birthDate === undefined ? (existing?.birthDate?.toISOString().slice(0, 10) ?? "") : ""),
        }
      : {
          kind,
          ...common,
          companyName: stored("companyName"),
          legalForm: stored("legalForm"),
          parentCompanyId: existing?.parentCompanyId ?? "",
        };
  const parsed = customerInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      const known = (CUSTOMER_FIELDS as readonly string[]).includes(field) ? (field as CustomerField) : null;
      if (!problems.some((p) => p.field === known)) problems.push({ field: known, message: issue.message as Msg });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, record: customerRecordData(parsed.data) };
}

/** Names of the record fields that differ from the stored customer (dates compared as days). */
export function changedCustomerFields(record: CustomerRecord, existing: ExistingCustomer): (keyof CustomerRecord)[] {
  return (Object.keys(record) as (keyof CustomerRecord)[]).filter(
    (key) => comparable(record[key]) !== comparable(existing[key as keyof ExistingCustomer]),
  );
}

function comparable(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? "");
}
