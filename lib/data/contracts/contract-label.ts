import type { Prisma } from "../../db/generated/client";

/** How lists name a contract (claims, filters): line (German and English), insurer and policy number. */
export type ContractLabel = {
  id: string;
  lineName: string | null;
  lineNameEn: string | null;
  insurerName: string | null;
  policyNumber: string | null;
};

export const contractLabelSelect = {
  id: true,
  policyNumber: true,
  insurerName: true,
  line: { select: { name: true, nameEn: true } },
  insurer: { select: { name: true } },
} satisfies Prisma.ContractSelect;

type Row = Prisma.ContractGetPayload<{ select: typeof contractLabelSelect }>;

export function contractLabel(c: Row): ContractLabel {
  return {
    id: c.id,
    lineName: c.line?.name ?? null,
    lineNameEn: c.line?.nameEn ?? null,
    insurerName: c.insurer?.name ?? c.insurerName,
    policyNumber: c.policyNumber,
  };
}
