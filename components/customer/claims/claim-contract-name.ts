import type { ClaimContractLabel } from "@/lib/data/claims/claim-contract-label";
import type { AppLocale } from "@/lib/i18n/locales";

/** "Privathaftpflicht · Muster Versicherung AG · P-123" (English line names where the catalogue has them). */
export function claimContractName(contract: ClaimContractLabel, locale: string): string {
  const line = ((locale as AppLocale) === "en-GB" && contract.lineNameEn) || contract.lineName;
  return [line, contract.insurerName, contract.policyNumber].filter(Boolean).join(" · ") || "—";
}
