import type { Prisma } from "../../db/generated/client";

/**
 * The columns every document list and detail reads (the portal, the broker's list, the data
 * export); callers add what only they need (read markers, visibility, the storage key).
 */
export const DOCUMENT_ROW_SELECT = {
  id: true,
  title: true,
  category: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  documentDate: true,
  createdAt: true,
  contractId: true,
  /** CUSTOMER: the customer uploaded it themselves */
  origin: true,
} as const satisfies Prisma.DocumentSelect;

export type DocumentRow = Prisma.DocumentGetPayload<{ select: typeof DOCUMENT_ROW_SELECT }>;

/** The policy number of the document's contract, for the portal's lists and detail page. */
export const DOCUMENT_WITH_POLICY_SELECT = {
  ...DOCUMENT_ROW_SELECT,
  contract: { select: { policyNumber: true } },
} as const satisfies Prisma.DocumentSelect;

/** The row with its contract's policy number flattened (null when the document has no contract). */
export function withPolicyNumber<T extends { contract: { policyNumber: string | null } | null }>({
  contract,
  ...rest
}: T): Omit<T, "contract"> & { policyNumber: string | null } {
  return { ...rest, policyNumber: contract?.policyNumber ?? null };
}
