import type { ContractData } from "../../validation/contract";

/** Contract columns of a validated form (no database access, so the CSV import plans with it too). */
export function contractRecordData(data: ContractData) {
  return {
    module: data.module,
    status: data.status,
    lineId: data.lineId,
    insurerId: data.insurerId,
    policyNumber: data.policyNumber,
    product: data.product,
    startDate: data.startDate,
    endDate: data.endDate,
    mainDueDay: data.mainDue?.day ?? null,
    mainDueMonth: data.mainDue?.month ?? null,
    noticePeriodMonths: data.noticePeriodMonths,
    sumInsured: data.sumInsured,
    grossPremium: data.grossPremium,
    paymentFrequency: data.paymentFrequency,
    paymentMethod: data.paymentMethod,
    notes: data.notes,
    isConfidential: data.isConfidential,
  };
}
