import type { ContractInput } from "@/lib/validation/contract";

export const NEW_CONTRACT_VALUES: ContractInput = {
  module: "INSURANCE",
  status: "ACTIVE",
  lineId: "",
  insurerId: "",
  policyNumber: "",
  product: "",
  startDate: "",
  endDate: "",
  mainDue: "",
  noticePeriodMonths: "",
  sumInsured: "",
  grossPremium: "",
  paymentFrequency: "",
  paymentMethod: "",
  notes: "",
  isConfidential: false,
};
