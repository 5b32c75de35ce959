import type { CustomerData } from "../../validation/customer";

/** The Customer columns of a validated form; the other kind's fields are cleared. */
export function customerRecordData(data: CustomerData) {
  const shared = {
    kind: data.kind,
    email: data.email,
    mobile: data.mobile,
    phone: data.phone,
    street: data.street,
    postalCode: data.postalCode,
    city: data.city,
    country: data.country,
    advisorId: data.advisorId,
    notes: data.notes,
  };
  if (data.kind === "PERSON") {
    return {
      ...shared,
      salutation: data.salutation,
      title: data.title,
      firstName: data.firstName,
      lastName: data.lastName,
      birthDate: data.birthDate,
      companyName: null,
      legalForm: null,
      parentCompanyId: null,
    };
  }
  return {
    ...shared,
    salutation: null,
    title: null,
    firstName: null,
    lastName: null,
    birthDate: null,
    companyName: data.companyName,
    legalForm: data.legalForm,
    parentCompanyId: data.parentCompanyId,
  };
}
