import { friendlyFormatIBAN } from "ibantools";
import type { CustomerRecord } from "@/lib/data/customers/get-customer-record";
import type { CustomerInput } from "@/lib/validation/customer";

const EMPTY_CONTACT = {
  email: "",
  mobile: "",
  phone: "",
  street: "",
  postalCode: "",
  city: "",
  advisorId: "",
  customerNumber: "",
  notes: "",
};

/** A blank person in the office's country; advisors get themselves preselected. */
export function newCustomerValues(country: "DE" | "CH", advisorId: string | null): CustomerInput {
  return {
    kind: "PERSON",
    salutation: "",
    title: "",
    firstName: "",
    lastName: "",
    birthDate: "",
    ...EMPTY_CONTACT,
    advisorId: advisorId ?? "",
    country,
    bankAccounts: [],
  };
}

/** A new subsidiary: a company form with the parent company preset ("Tochterfirma anlegen"). */
export function newSubsidiaryValues(country: "DE" | "CH", advisorId: string | null, parentCompanyId: string): CustomerInput {
  return {
    kind: "COMPANY",
    companyName: "",
    legalForm: "",
    parentCompanyId,
    ...EMPTY_CONTACT,
    advisorId: advisorId ?? "",
    country,
    bankAccounts: [],
  };
}

/** The stored record as form strings (dates as JJJJ-MM-TT, missing values as ""). */
export function recordValues(r: CustomerRecord): CustomerInput {
  const s = (v: string | null) => v ?? "";
  const shared = {
    email: s(r.email),
    mobile: s(r.mobile),
    phone: s(r.phone),
    street: s(r.street),
    postalCode: s(r.postalCode),
    city: s(r.city),
    country: r.country as CustomerInput["country"],
    advisorId: s(r.advisorId),
    customerNumber: r.customerNumber,
    notes: s(r.notes),
    bankAccounts: r.bankAccounts.map((a) => ({ holder: a.holder, iban: friendlyFormatIBAN(a.iban) ?? a.iban, bic: s(a.bic) })),
  };
  if (r.kind === "COMPANY") {
    return {
      kind: "COMPANY",
      companyName: s(r.companyName),
      legalForm: s(r.legalForm),
      parentCompanyId: s(r.parentCompanyId),
      ...shared,
    };
  }
  return {
    kind: "PERSON",
    salutation: (r.salutation ?? "") as "" | "Herr" | "Frau" | "Divers",
    title: s(r.title),
    firstName: s(r.firstName),
    lastName: s(r.lastName),
    birthDate: r.birthDate ? r.birthDate.toISOString().slice(0, 10) : "",
    ...shared,
  };
}
