import type { Prisma } from "../../db/generated/client";

/** How a claim names its contract: line (German and English), insurer and policy number. */
export type ClaimContractLabel = {
  id: string;
  lineName: string | null;
  lineNameEn: string | null;
  insurerName: string | null;
  policyNumber: string | null;
};

export const claimContractSelect = {
  id: true,
  policyNumber: true,
  insurerName: true,
  line: { select: { name: true, nameEn: true } },
  insurer: { select: { name: true } },
} satisfies Prisma.ContractSelect;

type Row = Prisma.ContractGetPayload<{ select: typeof claimContractSelect }>;

export function claimContractLabel(c: Row): ClaimContractLabel {
  return {
    id: c.id,
    lineName: c.line?.name ?? null,
    lineNameEn: c.line?.nameEn ?? null,
    insurerName: c.insurer?.name ?? c.insurerName,
    policyNumber: c.policyNumber,
  };
}
