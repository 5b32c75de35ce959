import type { ContractLabel } from "@/lib/data/contracts/contract-label";
import type { AppLocale } from "@/lib/i18n/locales";

/** "Privathaftpflicht · Muster Versicherung AG · P-123" (English line names where the catalogue has them). */
export function contractName(contract: ContractLabel, locale: string): string {
  const line = ((locale as AppLocale) === "en-GB" && contract.lineNameEn) || contract.lineName;
  return [line, contract.insurerName, contract.policyNumber].filter(Boolean).join(" · ") || "—";
}
