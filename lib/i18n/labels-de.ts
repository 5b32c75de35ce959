import type { ContractModule, ContractStatus, DocumentCategory, PaymentFrequency } from "../db/generated/enums";

export const CONTRACT_STATUS_DE: Record<ContractStatus, string> = {
  ACTIVE: "Aktiv",
  OFFER: "Angebot",
  PENDING: "In Bearbeitung",
  CANCELLED: "Storniert",
  EXPIRED: "Abgelaufen",
};

export const CONTRACT_MODULE_DE: Record<ContractModule, string> = {
  INSURANCE: "Versicherungen",
  FINANCE: "Finanzen",
  OTHER: "Sonstige Verträge",
  EMERGENCY: "Notfallordner",
};

export const PAYMENT_FREQUENCY_DE: Record<PaymentFrequency, string> = {
  MONTHLY: "monatlich",
  QUARTERLY: "vierteljährlich",
  HALF_YEARLY: "halbjährlich",
  YEARLY: "jährlich",
  SINGLE: "einmalig",
};

export const DOCUMENT_CATEGORY_DE: Record<DocumentCategory, string> = {
  POLICY: "Police",
  ENDORSEMENT: "Nachtrag",
  INVOICE: "Rechnung",
  CORRESPONDENCE: "Schriftverkehr",
  BROKER_MANDATE: "Maklervollmacht",
  CLAIM: "Schaden",
  IDENTIFICATION: "Ausweis",
  CONSENT: "Einverständniserklärung",
  OTHER: "Sonstiges",
};
