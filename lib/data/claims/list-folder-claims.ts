import "server-only";
import { db } from "../../db/client";
import type { ClaimStatus } from "../../db/generated/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { documentAccessWhere } from "../documents/document-access";
import { claimAccessWhere } from "./claim-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";

export type FolderClaimItem = {
  id: string;
  status: ClaimStatus;
  occurredOn: Date;
  createdAt: Date;
  /** null without a contract, or when the contract's module is no longer released */
  contract: ContractLabel | null;
  documentCount: number;
};

const LIMIT = 200;

/** The claims of the viewed folder, newest report first (empty while CLAIMS is not released). */
export async function listFolderClaims(ctx: RequestContext | null): Promise<FolderClaimItem[]> {
  requireCustomer(ctx);
  const rows = await db.claim.findMany({
    where: claimAccessWhere(ctx),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: { id: true, status: true, occurredOn: true, createdAt: true, contractId: true },
  });
  const contractIds = [...new Set(rows.flatMap((r) => (r.contractId ? [r.contractId] : [])))];
  const contracts = contractIds.length
    ? await db.contract.findMany({
        where: { AND: [contractAccessWhere(ctx), { id: { in: contractIds } }] },
        select: contractLabelSelect,
      })
    : [];
  const labels = new Map(contracts.map((c) => [c.id, contractLabel(c)]));
  const counts = await countClaimDocuments(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map(({ contractId, ...r }) => ({
    ...r,
    contract: contractId ? (labels.get(contractId) ?? null) : null,
    documentCount: counts.get(r.id) ?? 0,
  }));
}

async function countClaimDocuments(ctx: RequestContext, claimIds: string[]): Promise<Map<string, number>> {
  if (claimIds.length === 0) return new Map();
  const groups = await db.document.groupBy({
    by: ["claimId"],
    where: { AND: [documentAccessWhere(ctx), { claimId: { in: claimIds } }] },
    _count: { _all: true },
  });
  return new Map(groups.flatMap((g) => (g.claimId ? [[g.claimId, g._count._all] as const] : [])));
}
