import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import type { ClaimStatus } from "../../db/generated/client";
import { requireCustomer } from "../context/access-error";
import type { RequestContext } from "../context/types";
import { contractAccessWhere } from "../contracts/contract-access";
import { claimAccessWhere } from "./claim-access";
import { contractLabel, contractLabelSelect, type ContractLabel } from "../contracts/contract-label";
import { claimDetailSelect, claimEventSelect, claimEventsOldestFirst } from "./claim-detail-select";

export type ClaimTimelineEntry = { id: string; status: ClaimStatus; note: string | null; createdAt: Date };

export type FolderClaim = {
  id: string;
  status: ClaimStatus;
  occurredOn: Date;
  createdAt: Date;
  description: string;
  contract: ContractLabel | null;
  /** oldest first: reported, then every status change with the broker's note */
  timeline: ClaimTimelineEntry[];
};

/** One claim of the viewed folder, or null when it is not there for this customer (same answer as "not yours"). */
export async function getFolderClaim(ctx: RequestContext | null, claimId: string): Promise<FolderClaim | null> {
  requireCustomer(ctx);
  if (!z.uuid().safeParse(claimId).success) return null;
  const claim = await db.claim.findFirst({
    where: { AND: [claimAccessWhere(ctx), { id: claimId }] },
    select: {
      ...claimDetailSelect,
      contractId: true,
      events: { ...claimEventsOldestFirst(ctx.tenant.id), select: claimEventSelect },
    },
  });
  if (!claim) return null;
  // the contract is named only while the customer may still see it (its module may have been hidden since)
  const contract = claim.contractId
    ? await db.contract.findFirst({
        where: { AND: [contractAccessWhere(ctx), { id: claim.contractId }] },
        select: contractLabelSelect,
      })
    : null;
  const { contractId: _contractId, events, ...rest } = claim;
  return { ...rest, contract: contract ? contractLabel(contract) : null, timeline: events };
}
