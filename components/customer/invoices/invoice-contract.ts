import type { ContractLabel } from "@/lib/data/contracts/contract-label";
import type { AppLocale } from "@/lib/i18n/locales";

/** "Kfz-Flotte · P-4711": the line (English where the catalogue has it) and the policy number. */
export function lineAndPolicy(contract: ContractLabel, locale: AppLocale): string {
  const line = (locale === "en-GB" && contract.lineNameEn) || contract.lineName;
  return [line, contract.policyNumber].filter(Boolean).join(" · ") || contract.insurerName || "—";
}
